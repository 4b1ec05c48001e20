ALTER TABLE `return_requests` ADD `approval_status` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `return_requests` ADD `decided_by` text REFERENCES clerks(id);--> statement-breakpoint
ALTER TABLE `return_requests` ADD `decided_at` integer;--> statement-breakpoint
ALTER TABLE `return_requests` ADD `decision_note` text;--> statement-breakpoint
CREATE INDEX `return_requests_pending` ON `return_requests` (`created_at`) WHERE "return_requests"."approval_status" = 'pending';