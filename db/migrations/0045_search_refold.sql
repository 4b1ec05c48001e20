-- Search text indexed before the search folded text (NFKC, lower case, ß as ss, one apostrophe) kept its old form
-- until its record was saved again, so an older O’Brien or ＯＢＲＩＥＮ was not found by o'brien. The app folds those
-- entries once (electron/services/search/refold.ts), in batches after start, with the same foldSearchText the
-- indexer uses (SQL has no NFKC), and audits the job's end with the count.
INSERT INTO `data_jobs` (`name`, `pending_since`) VALUES ('search_refold', CAST(strftime('%s', 'now') AS INTEGER) * 1000);
