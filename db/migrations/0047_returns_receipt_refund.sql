ALTER TABLE `return_requests` ADD `receipt_no` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `return_requests` ADD `refund_method` text;