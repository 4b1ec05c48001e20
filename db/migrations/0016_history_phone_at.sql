DROP INDEX `search_entries_phone`;--> statement-breakpoint
CREATE INDEX `search_entries_phone_at` ON `search_entries` (`phone`,`at`);