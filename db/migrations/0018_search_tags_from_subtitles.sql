-- Search entries of calls and visits carried a code or its Chinese word as the first part of the subtitle
-- ("enquiry · 询问营业时间", "报修 · 3 楼"). The code moves into `tag`, which the renderer shows as its label in the
-- clerk's language; the subtitle keeps what came after it. The search text (search_fts) is left as it was.
UPDATE `search_entries`
SET `tag` = (SELECT `category` FROM `calls` WHERE `calls`.`id` = `search_entries`.`entity_id`),
    `subtitle` = CASE WHEN instr(`subtitle`, ' · ') > 0 THEN substr(`subtitle`, instr(`subtitle`, ' · ') + 3) ELSE '' END
WHERE `module` = 'calls';
--> statement-breakpoint
UPDATE `search_entries`
SET `tag` = (SELECT `purpose` FROM `visits` WHERE `visits`.`id` = `search_entries`.`entity_id`),
    `subtitle` = CASE WHEN instr(`subtitle`, ' · ') > 0 THEN substr(`subtitle`, instr(`subtitle`, ' · ') + 3) ELSE '' END
WHERE `module` = 'reception';
