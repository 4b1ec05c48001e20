CREATE TABLE `calls` (
	`id` text PRIMARY KEY NOT NULL,
	`serial_no` text NOT NULL,
	`direction` text NOT NULL,
	`started_at` integer NOT NULL,
	`duration_sec` integer DEFAULT 0 NOT NULL,
	`caller_name` text DEFAULT '' NOT NULL,
	`phone` text NOT NULL,
	`category` text NOT NULL,
	`summary` text NOT NULL,
	`transferred_to` text DEFAULT '' NOT NULL,
	`transfer_department_id` text,
	`reply_needed` integer DEFAULT false NOT NULL,
	`reply_due_at` integer,
	`reply_closed_at` integer,
	`answered_by_call_id` text,
	`answers_call_id` text,
	`result` text DEFAULT '' NOT NULL,
	`complaint_id` text,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`transfer_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "calls_duration" CHECK("calls"."duration_sec" >= 0),
	CONSTRAINT "calls_reply_due" CHECK("calls"."reply_needed" = 0 or "calls"."reply_due_at" is not null),
	CONSTRAINT "calls_void_reason" CHECK("calls"."voided_at" is null or length("calls"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calls_serial_no_unique` ON `calls` (`serial_no`);--> statement-breakpoint
CREATE INDEX `calls_started_at` ON `calls` (`started_at`);--> statement-breakpoint
CREATE INDEX `calls_phone` ON `calls` (`phone`,`started_at`);--> statement-breakpoint
CREATE INDEX `calls_open_callbacks` ON `calls` (`reply_due_at`) WHERE "calls"."reply_needed" = 1 and "calls"."reply_closed_at" is null and "calls"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `calls_shift` ON `calls` (`shift_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`serial_no` text NOT NULL,
	`time_in` integer NOT NULL,
	`time_out` integer,
	`visitor_name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`party_size` integer DEFAULT 1 NOT NULL,
	`id_type` text,
	`id_masked` text DEFAULT '' NOT NULL,
	`id_hash` text,
	`purpose` text NOT NULL,
	`visiting` text DEFAULT '' NOT NULL,
	`shop_id` text,
	`badge_no` text DEFAULT '' NOT NULL,
	`badge_returned` integer,
	`plate` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`repair_location` text DEFAULT '' NOT NULL,
	`repair_department_id` text,
	`repair_follow_up_due` integer,
	`watch_entry_id` text,
	`complaint_id` text,
	`anonymised_at` integer,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`repair_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "visits_party_size" CHECK("visits"."party_size" between 1 and 999),
	CONSTRAINT "visits_out_after_in" CHECK("visits"."time_out" is null or "visits"."time_out" >= "visits"."time_in"),
	CONSTRAINT "visits_void_reason" CHECK("visits"."voided_at" is null or length("visits"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_serial_no_unique` ON `visits` (`serial_no`);--> statement-breakpoint
CREATE INDEX `visits_time_in` ON `visits` (`time_in`);--> statement-breakpoint
CREATE INDEX `visits_on_site` ON `visits` (`time_in`) WHERE "visits"."time_out" is null and "visits"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `visits_phone` ON `visits` (`phone`,`time_in`);--> statement-breakpoint
CREATE INDEX `visits_id_hash` ON `visits` (`id_hash`);--> statement-breakpoint
CREATE INDEX `visits_shift` ON `visits` (`shift_id`);--> statement-breakpoint
CREATE TABLE `watch_list` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`id_masked` text DEFAULT '' NOT NULL,
	`id_hash` text,
	`reason` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
