CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`at` integer NOT NULL,
	`clerk_id` text,
	`shift_id` text,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`note` text,
	`row_hash` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_id_unique` ON `audit_log` (`id`);--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity`,`entity_id`,`seq`);--> statement-breakpoint
CREATE TABLE `clerks` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`employee_no` text NOT NULL,
	`role` text NOT NULL,
	`pin_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_pin_count` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "clerks_role_check" CHECK("clerks"."role" in ('clerk','lead','supervisor','manager')),
	CONSTRAINT "clerks_failed_pin_check" CHECK("clerks"."failed_pin_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clerks_employee_no_unique` ON `clerks` (`employee_no`);--> statement-breakpoint
CREATE TABLE `search_entries` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`module` text NOT NULL,
	`entity_id` text NOT NULL,
	`title` text NOT NULL,
	`subtitle` text DEFAULT '' NOT NULL,
	`phone` text,
	`at` integer NOT NULL,
	`voided` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_entries_entity_id_unique` ON `search_entries` (`entity_id`);--> statement-breakpoint
CREATE INDEX `search_entries_phone` ON `search_entries` (`phone`,`rowid`);--> statement-breakpoint
CREATE TABLE `search_keys` (
	`key` text NOT NULL,
	`entry_rowid` integer NOT NULL,
	PRIMARY KEY(`key`, `entry_rowid`)
);
--> statement-breakpoint
CREATE INDEX `search_keys_entry` ON `search_keys` (`entry_rowid`);--> statement-breakpoint
CREATE TABLE `serial_counters` (
	`prefix` text NOT NULL,
	`day` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`prefix`, `day`),
	CONSTRAINT "serial_last_positive" CHECK("serial_counters"."last" > 0)
);
--> statement-breakpoint
CREATE TABLE `counters` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `counters_name_unique` ON `counters` (`name`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_name_unique` ON `departments` (`name`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `shops` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`unit_no` text DEFAULT '' NOT NULL,
	`floor` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shops_name_unique` ON `shops` (`name`);--> statement-breakpoint
CREATE TABLE `site` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL,
	`desk_phone` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `shifts` (
	`id` text PRIMARY KEY NOT NULL,
	`counter_id` text NOT NULL,
	`clerk_id` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_at` integer,
	`closed_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "shifts_closed_after_opened" CHECK("shifts"."closed_at" is null or "shifts"."closed_at" >= "shifts"."opened_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shifts_one_open_per_counter` ON `shifts` (`counter_id`) WHERE "shifts"."closed_at" is null;--> statement-breakpoint
CREATE INDEX `shifts_opened_at` ON `shifts` (`opened_at`);