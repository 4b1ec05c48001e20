CREATE TABLE `repair_events` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`text` text DEFAULT '' NOT NULL,
	`clerk_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `repair_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `repair_events_order` ON `repair_events` (`order_id`,`at`);--> statement-breakpoint
CREATE TABLE `repair_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`reported_at` integer NOT NULL,
	`source` text NOT NULL,
	`visit_id` text,
	`call_id` text,
	`location_kind` text NOT NULL,
	`location` text NOT NULL,
	`shop_id` text,
	`category` text NOT NULL,
	`urgency` text NOT NULL,
	`description` text NOT NULL,
	`reporter_name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`target_arrival_at` integer NOT NULL,
	`team_id` text,
	`dispatched_at` integer,
	`dispatched_by` text,
	`arrived_at` integer,
	`arrived_by` text,
	`completed_at` integer,
	`completed_by` text,
	`work_done` text DEFAULT '' NOT NULL,
	`materials` text DEFAULT '' NOT NULL,
	`fee_fen` integer DEFAULT 0 NOT NULL,
	`customer_confirmed` integer,
	`followed_up_at` integer,
	`followed_up_by` text,
	`satisfaction` text,
	`follow_up_note` text DEFAULT '' NOT NULL,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`closed_at` integer,
	`closed_by` text,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `repair_teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dispatched_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`arrived_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`completed_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`followed_up_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "repair_orders_fee" CHECK("repair_orders"."fee_fen" >= 0),
	CONSTRAINT "repair_orders_location" CHECK(length("repair_orders"."location") > 0),
	CONSTRAINT "repair_orders_void_reason" CHECK("repair_orders"."voided_at" is null or length("repair_orders"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `repair_orders_serial_no_unique` ON `repair_orders` (`serial_no`);--> statement-breakpoint
CREATE INDEX `repair_orders_reported` ON `repair_orders` (`reported_at`,`id`);--> statement-breakpoint
CREATE INDEX `repair_orders_phone` ON `repair_orders` (`phone`,`reported_at`);--> statement-breakpoint
CREATE INDEX `repair_orders_open` ON `repair_orders` (`target_arrival_at`) WHERE "repair_orders"."status" <> 'closed' and "repair_orders"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `repair_orders_shift` ON `repair_orders` (`shift_id`);--> statement-breakpoint
CREATE INDEX `repair_orders_visit` ON `repair_orders` (`visit_id`);--> statement-breakpoint
CREATE TABLE `repair_teams` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "repair_teams_name" CHECK(length("repair_teams"."name") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `repair_teams_name_unique` ON `repair_teams` (`name`);