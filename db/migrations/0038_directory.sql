CREATE TABLE `directory_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text NOT NULL,
	`keywords` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "directory_answers_text" CHECK(length("directory_answers"."title") > 0 and length("directory_answers"."body") > 0),
	CONSTRAINT "directory_answers_void_reason" CHECK("directory_answers"."voided_at" is null or length("directory_answers"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `directory_answers_title` ON `directory_answers` (`title`) WHERE "directory_answers"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `directory_answers_created` ON `directory_answers` (`created_at`);--> statement-breakpoint
CREATE TABLE `directory_shops` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`floor` text NOT NULL,
	`unit_no` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "directory_shops_category" CHECK("directory_shops"."category" in ('fashion', 'food', 'jewellery', 'beauty', 'electronics', 'sports', 'kids', 'entertainment', 'supermarket', 'services', 'other')),
	CONSTRAINT "directory_shops_hours" CHECK("directory_shops"."opens_at" glob '[0-2][0-9]:[0-5][0-9]' and "directory_shops"."opens_at" <= '23:59' and "directory_shops"."closes_at" glob '[0-2][0-9]:[0-5][0-9]' and "directory_shops"."closes_at" <= '23:59' and "directory_shops"."opens_at" <> "directory_shops"."closes_at"),
	CONSTRAINT "directory_shops_text" CHECK(length("directory_shops"."name") > 0 and length("directory_shops"."unit_no") > 0),
	CONSTRAINT "directory_shops_void_reason" CHECK("directory_shops"."voided_at" is null or length("directory_shops"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `directory_shops_name` ON `directory_shops` (`name`) WHERE "directory_shops"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `directory_shops_created` ON `directory_shops` (`created_at`);