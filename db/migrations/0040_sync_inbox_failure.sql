ALTER TABLE `sync_inbox` ADD `failure` text;--> statement-breakpoint
ALTER TABLE `sync_inbox` ADD `retried_at` integer;