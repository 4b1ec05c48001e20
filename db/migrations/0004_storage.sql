CREATE TABLE `storage_locations` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`shared` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "storage_locations_code" CHECK(length("storage_locations"."code") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `storage_locations_code_unique` ON `storage_locations` (`code`);--> statement-breakpoint
CREATE TABLE `storage_pickups` (
	`id` text PRIMARY KEY NOT NULL,
	`slip_id` text NOT NULL,
	`pieces` integer NOT NULL,
	`collector_name` text NOT NULL,
	`proof` text NOT NULL,
	`collector_id_masked` text DEFAULT '' NOT NULL,
	`collector_id_hash` text,
	`approved_by` text,
	`collected_at` integer NOT NULL,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`slip_id`) REFERENCES `storage_slips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "storage_pickups_pieces" CHECK("storage_pickups"."pieces" >= 1),
	CONSTRAINT "storage_pickups_lost_slip" CHECK("storage_pickups"."proof" = 'claim_code' or ("storage_pickups"."approved_by" is not null and length("storage_pickups"."collector_id_masked") > 0))
);
--> statement-breakpoint
CREATE INDEX `storage_pickups_slip` ON `storage_pickups` (`slip_id`);--> statement-breakpoint
CREATE TABLE `storage_slips` (
	`id` text PRIMARY KEY NOT NULL,
	`serial_no` text NOT NULL,
	`depositor_name` text NOT NULL,
	`phone` text NOT NULL,
	`description` text NOT NULL,
	`pieces` integer NOT NULL,
	`pieces_out` integer DEFAULT 0 NOT NULL,
	`size` text NOT NULL,
	`location_id` text NOT NULL,
	`fee_fen` integer DEFAULT 0 NOT NULL,
	`waived_fen` integer DEFAULT 0 NOT NULL,
	`waiver_approved_by` text,
	`deposited_at` integer NOT NULL,
	`expected_pickup_at` integer NOT NULL,
	`claim_code_hash` text NOT NULL,
	`failed_claims` integer DEFAULT 0 NOT NULL,
	`locked_at` integer,
	`status` text DEFAULT 'stored' NOT NULL,
	`closed_at` integer,
	`transfer_to` text,
	`transfer_reason` text,
	`transferred_by` text,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`location_id`) REFERENCES `storage_locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`waiver_approved_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`transferred_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "storage_slips_pieces" CHECK("storage_slips"."pieces" >= 1),
	CONSTRAINT "storage_slips_pieces_out" CHECK("storage_slips"."pieces_out" >= 0 and "storage_slips"."pieces_out" <= "storage_slips"."pieces"),
	CONSTRAINT "storage_slips_fee" CHECK("storage_slips"."fee_fen" >= 0 and "storage_slips"."waived_fen" >= 0 and "storage_slips"."waived_fen" <= "storage_slips"."fee_fen"),
	CONSTRAINT "storage_slips_failed" CHECK("storage_slips"."failed_claims" >= 0),
	CONSTRAINT "storage_slips_void_reason" CHECK("storage_slips"."voided_at" is null or length("storage_slips"."void_reason") > 0),
	CONSTRAINT "storage_slips_transfer_reason" CHECK("storage_slips"."transfer_to" is null or length("storage_slips"."transfer_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `storage_slips_serial_no_unique` ON `storage_slips` (`serial_no`);--> statement-breakpoint
CREATE INDEX `storage_slips_open` ON `storage_slips` (`expected_pickup_at`) WHERE "storage_slips"."status" = 'stored' and "storage_slips"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `storage_slips_location` ON `storage_slips` (`location_id`,`status`);--> statement-breakpoint
CREATE INDEX `storage_slips_phone` ON `storage_slips` (`phone`,`deposited_at`);--> statement-breakpoint
CREATE INDEX `storage_slips_deposited` ON `storage_slips` (`deposited_at`);