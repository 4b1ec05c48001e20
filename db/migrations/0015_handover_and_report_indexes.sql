CREATE INDEX `calls_callbacks_closed` ON `calls` (`reply_closed_at`) WHERE "calls"."reply_needed" = 1 and "calls"."reply_closed_at" is not null;--> statement-breakpoint
CREATE INDEX `complaints_shift` ON `complaints` (`shift_id`);--> statement-breakpoint
CREATE INDEX `complaints_closed` ON `complaints` (`closed_at`);--> statement-breakpoint
CREATE INDEX `invoice_requests_shift` ON `invoice_requests` (`shift_id`);--> statement-breakpoint
CREATE INDEX `invoice_requests_issued` ON `invoice_requests` (`issued_at`);--> statement-breakpoint
CREATE INDEX `return_requests_shift` ON `return_requests` (`shift_id`);--> statement-breakpoint
CREATE INDEX `storage_pickups_shift` ON `storage_pickups` (`shift_id`);--> statement-breakpoint
CREATE INDEX `storage_slips_shift` ON `storage_slips` (`shift_id`);--> statement-breakpoint
CREATE INDEX `storage_slips_closed` ON `storage_slips` (`closed_at`);