CREATE TABLE `survey_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`question_text` text NOT NULL,
	`kind` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`level` text,
	`choice` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "survey_answers_level" CHECK("survey_answers"."kind" <> 'satisfaction' or "survey_answers"."level" is not null)
);
--> statement-breakpoint
CREATE INDEX `survey_answers_response` ON `survey_answers` (`response_id`);--> statement-breakpoint
CREATE TABLE `survey_forms` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`questions` text DEFAULT '[]' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "survey_forms_name" CHECK(length("survey_forms"."name") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_forms_name_unique` ON `survey_forms` (`name`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`form_id` text NOT NULL,
	`form_name` text NOT NULL,
	`source_module` text NOT NULL,
	`source_ref` text,
	`source_serial` text DEFAULT '' NOT NULL,
	`unit_name` text DEFAULT '' NOT NULL,
	`customer_id` text,
	`name` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`clerk_id` text,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`form_id`) REFERENCES `survey_forms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "survey_responses_counter" CHECK(("survey_responses"."source_module" = 'counter') = ("survey_responses"."source_ref" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_serial_no_unique` ON `survey_responses` (`serial_no`);--> statement-breakpoint
CREATE INDEX `survey_responses_created` ON `survey_responses` (`created_at`);--> statement-breakpoint
CREATE INDEX `survey_responses_phone` ON `survey_responses` (`phone`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_source` ON `survey_responses` (`form_id`,`source_module`,`source_ref`) WHERE "survey_responses"."source_ref" is not null;