-- The short-key table is nothing but its primary key: as a rowid table SQLite stored every key twice (the table
-- and the primary-key index), which made the search index larger than the records it indexes (bench/results.md).
-- WITHOUT ROWID keeps the rows in the primary-key b-tree itself. Same columns, key and index as before.
CREATE TABLE `search_keys_new` (
	`key` text NOT NULL,
	`entry_rowid` integer NOT NULL,
	PRIMARY KEY(`key`, `entry_rowid`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `search_keys_new` (`key`, `entry_rowid`) SELECT `key`, `entry_rowid` FROM `search_keys`;
--> statement-breakpoint
DROP TABLE `search_keys`;
--> statement-breakpoint
ALTER TABLE `search_keys_new` RENAME TO `search_keys`;
--> statement-breakpoint
CREATE INDEX `search_keys_entry` ON `search_keys` (`entry_rowid`);
