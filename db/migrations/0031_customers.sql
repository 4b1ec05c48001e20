CREATE TABLE `customer_grades` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "customer_grades_name" CHECK(length("customer_grades"."name") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_grades_name_unique` ON `customer_grades` (`name`);--> statement-breakpoint
CREATE TABLE `customer_phones` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`customer_id` text NOT NULL,
	`phone` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_phones_live` ON `customer_phones` (`phone`) WHERE "customer_phones"."active" = 1;--> statement-breakpoint
CREATE INDEX `customer_phones_customer` ON `customer_phones` (`customer_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`file_no` text NOT NULL,
	`name` text NOT NULL,
	`grade_id` text,
	`company` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`preferred_contact_time` text DEFAULT '' NOT NULL,
	`consent_method` text,
	`consent_at` integer,
	`consent_scope` text DEFAULT '' NOT NULL,
	`consent_purpose` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`merged_into` text,
	`forgotten_at` integer,
	`forgotten_by` text,
	`clerk_id` text,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`grade_id`) REFERENCES `customer_grades`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`forgotten_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "customers_name" CHECK("customers"."status" = 'forgotten' or length("customers"."name") > 0),
	CONSTRAINT "customers_consent" CHECK(("customers"."consent_method" is null) = ("customers"."consent_at" is null)),
	CONSTRAINT "customers_merged" CHECK(("customers"."status" = 'merged') = ("customers"."merged_into" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_file_no_unique` ON `customers` (`file_no`);--> statement-breakpoint
CREATE INDEX `customers_status` ON `customers` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `revisit_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`customer_id` text,
	`name` text DEFAULT '' NOT NULL,
	`phone` text NOT NULL,
	`rule_id` text,
	`source_module` text,
	`source_ref` text,
	`source_serial` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`due_at` integer NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 3 NOT NULL,
	`retry_days` integer DEFAULT 1 NOT NULL,
	`last_result` text,
	`last_note` text DEFAULT '' NOT NULL,
	`last_call_id` text,
	`satisfaction` text,
	`closed_at` integer,
	`closed_by` text,
	`closed_shift_id` text,
	`cancel_reason` text,
	`clerk_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rule_id`) REFERENCES `revisit_rules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "revisit_plans_attempts" CHECK("revisit_plans"."attempts" >= 0 and "revisit_plans"."max_attempts" >= 1),
	CONSTRAINT "revisit_plans_done" CHECK("revisit_plans"."status" <> 'done' or "revisit_plans"."last_result" is not null),
	CONSTRAINT "revisit_plans_cancel" CHECK("revisit_plans"."status" <> 'cancelled' or length("revisit_plans"."cancel_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revisit_plans_serial_no_unique` ON `revisit_plans` (`serial_no`);--> statement-breakpoint
CREATE INDEX `revisit_plans_due` ON `revisit_plans` (`due_at`) WHERE "revisit_plans"."status" = 'planned';--> statement-breakpoint
CREATE INDEX `revisit_plans_customer` ON `revisit_plans` (`customer_id`);--> statement-breakpoint
CREATE INDEX `revisit_plans_phone` ON `revisit_plans` (`phone`);--> statement-breakpoint
CREATE INDEX `revisit_plans_closed` ON `revisit_plans` (`closed_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `revisit_plans_rule_source` ON `revisit_plans` (`rule_id`,`source_ref`) WHERE "revisit_plans"."rule_id" is not null and "revisit_plans"."source_ref" is not null and "revisit_plans"."source_module" <> 'customers';--> statement-breakpoint
CREATE TABLE `revisit_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text NOT NULL,
	`grade_id` text,
	`days` integer DEFAULT 0 NOT NULL,
	`months` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 3 NOT NULL,
	`retry_days` integer DEFAULT 1 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`grade_id`) REFERENCES `customer_grades`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "revisit_rules_numbers" CHECK("revisit_rules"."days" >= 0 and "revisit_rules"."months" >= 0 and "revisit_rules"."max_attempts" >= 1 and "revisit_rules"."retry_days" >= 1),
	CONSTRAINT "revisit_rules_grade" CHECK("revisit_rules"."kind" <> 'grade_every' or ("revisit_rules"."grade_id" is not null and "revisit_rules"."months" > 0))
);
