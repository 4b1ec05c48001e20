CREATE TABLE `passes` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`issued_at` integer NOT NULL,
	`kind` text NOT NULL,
	`holder_name` text NOT NULL,
	`phone` text NOT NULL,
	`id_type` text,
	`id_masked` text DEFAULT '' NOT NULL,
	`id_hash` text,
	`company` text NOT NULL,
	`unit` text NOT NULL,
	`vehicle_plate` text DEFAULT '' NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`deposit_fen` integer DEFAULT 0 NOT NULL,
	`fee_fen` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`returned_at` integer,
	`returned_by` text,
	`refund_fen` integer DEFAULT 0 NOT NULL,
	`return_note` text DEFAULT '' NOT NULL,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`returned_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "passes_kind" CHECK("passes"."kind" in ('worker', 'vehicle')),
	CONSTRAINT "passes_status" CHECK("passes"."status" in ('issued', 'returned')),
	CONSTRAINT "passes_money" CHECK("passes"."deposit_fen" >= 0 and "passes"."fee_fen" >= 0 and "passes"."refund_fen" between 0 and "passes"."deposit_fen"),
	CONSTRAINT "passes_period" CHECK("passes"."valid_from" <= "passes"."valid_to"),
	CONSTRAINT "passes_worker_id" CHECK("passes"."kind" <> 'worker' or length("passes"."id_masked") > 0),
	CONSTRAINT "passes_vehicle_plate" CHECK("passes"."kind" <> 'vehicle' or length("passes"."vehicle_plate") > 0),
	CONSTRAINT "passes_returned" CHECK("passes"."status" = 'issued' or "passes"."returned_at" is not null),
	CONSTRAINT "passes_void_reason" CHECK("passes"."voided_at" is null or length("passes"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `passes_serial_no_unique` ON `passes` (`serial_no`);--> statement-breakpoint
CREATE INDEX `passes_issued` ON `passes` (`issued_at`,`id`);--> statement-breakpoint
CREATE INDEX `passes_phone` ON `passes` (`phone`,`issued_at`);--> statement-breakpoint
CREATE INDEX `passes_out` ON `passes` (`valid_to`) WHERE "passes"."status" = 'issued' and "passes"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `passes_shift` ON `passes` (`shift_id`);