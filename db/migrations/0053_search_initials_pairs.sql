-- The search's short keys now hold every pair of a name's consecutive pinyin initials (sf and zs for 张三丰), not
-- only the first two, so a clerk who types the initials of a given name finds the person in Ctrl+K and every list
-- filter. Entries filed before keep the first pair only until their record is saved again: the refold job
-- (electron/services/search/refold.ts, first asked for by 0045) files every record once more with today's keys, in
-- batches after start, and audits its end with the count. A new desk has nothing to file (db/open.ts marks it done).
UPDATE `data_jobs` SET `done_at` = NULL, `changed` = 0, `pending_since` = CAST(strftime('%s', 'now') AS INTEGER) * 1000 WHERE `name` = 'search_refold';
