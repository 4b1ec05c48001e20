CREATE TABLE `loan_items` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind_id` text NOT NULL,
	`code` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`kind_id`) REFERENCES `loan_kinds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `loan_items_code_unique` ON `loan_items` (`code`);--> statement-breakpoint
CREATE TABLE `loan_kinds` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`deposit_fen` integer DEFAULT 0 NOT NULL,
	`loan_days` integer DEFAULT 1 NOT NULL,
	`overdue_fee_per_day_fen` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "loan_kinds_amounts" CHECK("loan_kinds"."deposit_fen" >= 0 and "loan_kinds"."overdue_fee_per_day_fen" >= 0 and "loan_kinds"."loan_days" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `loan_kinds_name_unique` ON `loan_kinds` (`name`);--> statement-breakpoint
CREATE TABLE `loans` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`item_id` text NOT NULL,
	`borrower_name` text NOT NULL,
	`phone` text NOT NULL,
	`guarantee` text NOT NULL,
	`deposit_fen` integer DEFAULT 0 NOT NULL,
	`id_type` text,
	`id_masked` text DEFAULT '' NOT NULL,
	`id_hash` text,
	`lent_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`status` text DEFAULT 'out' NOT NULL,
	`returned_at` integer,
	`fee_fen` integer DEFAULT 0 NOT NULL,
	`refund_fen` integer DEFAULT 0 NOT NULL,
	`kept_reason` text,
	`return_clerk_id` text,
	`return_shift_id` text,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`item_id`) REFERENCES `loan_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`return_clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`return_shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "loans_amounts" CHECK("loans"."deposit_fen" >= 0 and "loans"."fee_fen" >= 0 and "loans"."refund_fen" >= 0),
	CONSTRAINT "loans_refund" CHECK("loans"."refund_fen" <= "loans"."deposit_fen"),
	CONSTRAINT "loans_guarantee" CHECK("loans"."guarantee" = 'deposit' or length("loans"."id_masked") > 0),
	CONSTRAINT "loans_kept_reason" CHECK("loans"."status" <> 'kept' or length("loans"."kept_reason") > 0),
	CONSTRAINT "loans_void_reason" CHECK("loans"."voided_at" is null or length("loans"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `loans_serial_no_unique` ON `loans` (`serial_no`);--> statement-breakpoint
CREATE INDEX `loans_out` ON `loans` (`due_at`) WHERE "loans"."status" = 'out' and "loans"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `loans_item` ON `loans` (`item_id`,`status`);--> statement-breakpoint
CREATE INDEX `loans_lent` ON `loans` (`lent_at`);--> statement-breakpoint
CREATE INDEX `loans_returned` ON `loans` (`returned_at`);--> statement-breakpoint
CREATE INDEX `loans_shift` ON `loans` (`shift_id`);--> statement-breakpoint
CREATE INDEX `loans_return_shift` ON `loans` (`return_shift_id`);