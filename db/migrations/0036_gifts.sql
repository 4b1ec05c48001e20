CREATE TABLE `gift_campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`start_day` text NOT NULL,
	`end_day` text NOT NULL,
	`threshold_fen` integer NOT NULL,
	`per_person_per_day` integer DEFAULT 1 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "gift_campaigns_dates" CHECK("gift_campaigns"."start_day" <= "gift_campaigns"."end_day"),
	CONSTRAINT "gift_campaigns_numbers" CHECK("gift_campaigns"."threshold_fen" >= 0 and "gift_campaigns"."per_person_per_day" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gift_campaigns_name_unique` ON `gift_campaigns` (`name`);--> statement-breakpoint
CREATE TABLE `gift_draws` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`campaign_id` text NOT NULL,
	`item_id` text NOT NULL,
	`draw_name` text NOT NULL,
	`winner_name` text NOT NULL,
	`phone` text NOT NULL,
	`approved_by` text NOT NULL,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `gift_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `gift_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "gift_draws_void_reason" CHECK("gift_draws"."voided_at" is null or length("gift_draws"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gift_draws_serial_no_unique` ON `gift_draws` (`serial_no`);--> statement-breakpoint
CREATE INDEX `gift_draws_created` ON `gift_draws` (`created_at`);--> statement-breakpoint
CREATE INDEX `gift_draws_shift` ON `gift_draws` (`shift_id`);--> statement-breakpoint
CREATE TABLE `gift_items` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`campaign_id` text NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `gift_campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gift_items_name` ON `gift_items` (`campaign_id`,`name`);--> statement-breakpoint
CREATE TABLE `gift_moves` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`kind` text NOT NULL,
	`quantity` integer NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`redemption_id` text,
	`draw_id` text,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `gift_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`redemption_id`) REFERENCES `gift_redemptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`draw_id`) REFERENCES `gift_draws`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "gift_moves_kind" CHECK("gift_moves"."kind" in ('in', 'redeem', 'prize', 'out', 'back')),
	CONSTRAINT "gift_moves_sign" CHECK(case when "gift_moves"."kind" = 'in' or "gift_moves"."kind" = 'back' then "gift_moves"."quantity" > 0 else "gift_moves"."quantity" < 0 end),
	CONSTRAINT "gift_moves_source" CHECK(("gift_moves"."kind" <> 'in' and "gift_moves"."kind" <> 'out') or length("gift_moves"."source") > 0)
);
--> statement-breakpoint
CREATE INDEX `gift_moves_item` ON `gift_moves` (`item_id`,`at`);--> statement-breakpoint
CREATE INDEX `gift_moves_shift` ON `gift_moves` (`shift_id`);--> statement-breakpoint
CREATE TABLE `gift_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`receipt_no` text NOT NULL,
	`redemption_id` text NOT NULL,
	`released_at` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `gift_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`redemption_id`) REFERENCES `gift_redemptions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gift_receipts_once` ON `gift_receipts` (`campaign_id`,`receipt_no`) WHERE "gift_receipts"."released_at" is null;--> statement-breakpoint
CREATE TABLE `gift_redemptions` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`campaign_id` text NOT NULL,
	`item_id` text NOT NULL,
	`customer_name` text NOT NULL,
	`phone` text NOT NULL,
	`receipt_nos` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`site_day` text NOT NULL,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `gift_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `gift_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "gift_redemptions_amount" CHECK("gift_redemptions"."amount_fen" > 0 and length("gift_redemptions"."receipt_nos") > 0),
	CONSTRAINT "gift_redemptions_void_reason" CHECK("gift_redemptions"."voided_at" is null or length("gift_redemptions"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gift_redemptions_serial_no_unique` ON `gift_redemptions` (`serial_no`);--> statement-breakpoint
CREATE INDEX `gift_redemptions_person` ON `gift_redemptions` (`campaign_id`,`phone`,`site_day`);--> statement-breakpoint
CREATE INDEX `gift_redemptions_created` ON `gift_redemptions` (`created_at`);--> statement-breakpoint
CREATE INDEX `gift_redemptions_shift` ON `gift_redemptions` (`shift_id`);