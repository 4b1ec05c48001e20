CREATE TABLE `data_jobs` (
	`name` text PRIMARY KEY NOT NULL,
	`pending_since` integer NOT NULL,
	`done_at` integer,
	`changed` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Phones were stored as typed (021-12345678 and 02112345678 were two customers). The app brings every stored phone
-- to its one canonical form through the audited writer (electron/services/phone-canonical.ts): SQL cannot append
-- the audit entries whose hashes chain, and a phone changed behind the log's back would fail the record check.
INSERT INTO `data_jobs` (`name`, `pending_since`) VALUES ('phones_canonical', CAST(strftime('%s', 'now') AS INTEGER) * 1000);
