CREATE INDEX `calls_category_started` ON `calls` (`category`,`started_at`,`id`);--> statement-breakpoint
CREATE INDEX `invoice_requests_status_created` ON `invoice_requests` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `visits_purpose_time_in` ON `visits` (`purpose`,`time_in`,`id`);--> statement-breakpoint
CREATE INDEX `storage_slips_open_deposited` ON `storage_slips` (`deposited_at`) WHERE "storage_slips"."status" = 'stored' and "storage_slips"."voided_at" is null;