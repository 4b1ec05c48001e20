CREATE TABLE `release_items` (
	`id` text PRIMARY KEY NOT NULL,
	`pass_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`name` text NOT NULL,
	`quantity` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`pass_id`) REFERENCES `release_passes`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "release_items_quantity" CHECK("release_items"."quantity" between 1 and 999),
	CONSTRAINT "release_items_name" CHECK(length("release_items"."name") > 0)
);
--> statement-breakpoint
CREATE INDEX `release_items_pass` ON `release_items` (`pass_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `release_passes` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`issued_at` integer NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_name` text NOT NULL,
	`phone` text NOT NULL,
	`unit` text NOT NULL,
	`shop_id` text,
	`reason` text NOT NULL,
	`reason_note` text DEFAULT '' NOT NULL,
	`vehicle_plate` text DEFAULT '' NOT NULL,
	`valid_day` text NOT NULL,
	`approver_name` text NOT NULL,
	`approval_method` text NOT NULL,
	`approved_by` text NOT NULL,
	`unit_flag` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`exit_checked_at` integer,
	`exit_checked_by` text,
	`guard_name` text DEFAULT '' NOT NULL,
	`exit_note` text DEFAULT '' NOT NULL,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exit_checked_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "release_passes_holder_kind" CHECK("release_passes"."holder_kind" in ('owner', 'tenant', 'shop')),
	CONSTRAINT "release_passes_reason" CHECK("release_passes"."reason" in ('move_out', 'repair_out', 'return_goods', 'other')),
	CONSTRAINT "release_passes_approval_method" CHECK("release_passes"."approval_method" in ('present', 'phone', 'written')),
	CONSTRAINT "release_passes_status" CHECK("release_passes"."status" in ('issued', 'exited', 'stopped')),
	CONSTRAINT "release_passes_unit" CHECK(length("release_passes"."unit") > 0),
	CONSTRAINT "release_passes_approver" CHECK(length("release_passes"."approver_name") > 0),
	CONSTRAINT "release_passes_valid_day" CHECK("release_passes"."valid_day" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	CONSTRAINT "release_passes_checked" CHECK("release_passes"."status" = 'issued' or ("release_passes"."exit_checked_at" is not null and length("release_passes"."guard_name") > 0)),
	CONSTRAINT "release_passes_void_reason" CHECK("release_passes"."voided_at" is null or length("release_passes"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `release_passes_serial_no_unique` ON `release_passes` (`serial_no`);--> statement-breakpoint
CREATE INDEX `release_passes_issued` ON `release_passes` (`issued_at`,`id`);--> statement-breakpoint
CREATE INDEX `release_passes_phone` ON `release_passes` (`phone`,`issued_at`);--> statement-breakpoint
CREATE INDEX `release_passes_waiting` ON `release_passes` (`valid_day`) WHERE "release_passes"."status" = 'issued' and "release_passes"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `release_passes_shift` ON `release_passes` (`shift_id`);--> statement-breakpoint
CREATE TABLE `release_unit_holds` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`unit` text NOT NULL,
	`note` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "release_unit_holds_note" CHECK(length("release_unit_holds"."note") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `release_unit_holds_unit_unique` ON `release_unit_holds` (`unit`);