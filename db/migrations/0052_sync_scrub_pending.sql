CREATE TABLE `sync_scrub_pending` (
	`counter` integer NOT NULL,
	`counter_seq` integer NOT NULL,
	`erasure_seq` integer NOT NULL,
	`content_hash` text NOT NULL,
	PRIMARY KEY(`counter`, `counter_seq`)
);
