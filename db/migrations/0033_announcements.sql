CREATE TABLE `announcement_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`text` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "announcement_templates_kind" CHECK("announcement_templates"."kind" in ('person', 'item', 'notice', 'lost_child'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `announcement_templates_name_unique` ON `announcement_templates` (`name`);--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`serial_no` text NOT NULL,
	`kind` text NOT NULL,
	`template_id` text,
	`text` text NOT NULL,
	`requester_name` text NOT NULL,
	`requester_phone` text DEFAULT '' NOT NULL,
	`times_read` integer DEFAULT 1 NOT NULL,
	`last_read_at` integer NOT NULL,
	`status` text NOT NULL,
	`child_name` text DEFAULT '' NOT NULL,
	`child_age` integer,
	`child_gender` text,
	`child_description` text DEFAULT '' NOT NULL,
	`last_seen_place` text DEFAULT '' NOT NULL,
	`last_seen_at` integer,
	`outcome` text,
	`handed_to_name` text,
	`handed_to_relation` text,
	`handed_to_id_type` text,
	`handed_to_id_masked` text,
	`handed_to_id_hash` text,
	`close_note` text,
	`closed_at` integer,
	`closed_by` text,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`template_id`) REFERENCES `announcement_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "announcements_kind" CHECK("announcements"."kind" in ('person', 'item', 'notice', 'lost_child')),
	CONSTRAINT "announcements_status" CHECK("announcements"."status" in ('logged', 'open', 'closed')),
	CONSTRAINT "announcements_times_read" CHECK("announcements"."times_read" >= 0),
	CONSTRAINT "announcements_lost_child" CHECK(("announcements"."kind" = 'lost_child') = ("announcements"."status" <> 'logged') and ("announcements"."kind" <> 'lost_child' or length("announcements"."child_description") > 0)),
	CONSTRAINT "announcements_closed_outcome" CHECK("announcements"."status" <> 'closed' or ("announcements"."outcome" is not null and "announcements"."closed_at" is not null)),
	CONSTRAINT "announcements_guardian" CHECK(coalesce("announcements"."outcome", '') <> 'guardian' or (length("announcements"."handed_to_name") > 0 and length("announcements"."handed_to_id_masked") > 0)),
	CONSTRAINT "announcements_void_reason" CHECK("announcements"."voided_at" is null or length("announcements"."void_reason") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `announcements_serial_no_unique` ON `announcements` (`serial_no`);--> statement-breakpoint
CREATE INDEX `announcements_open` ON `announcements` (`created_at`) WHERE "announcements"."status" = 'open' and "announcements"."voided_at" is null;--> statement-breakpoint
CREATE INDEX `announcements_created` ON `announcements` (`created_at`);--> statement-breakpoint
CREATE INDEX `announcements_closed` ON `announcements` (`closed_at`);--> statement-breakpoint
CREATE INDEX `announcements_shift` ON `announcements` (`shift_id`);--> statement-breakpoint
CREATE TABLE `lost_child_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`announcement_id` text NOT NULL,
	`step` text NOT NULL,
	`at` integer NOT NULL,
	`who` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`clerk_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "lost_child_steps_step" CHECK("lost_child_steps"."step" in ('broadcast', 'security', 'exits', 'found', 'handed')),
	CONSTRAINT "lost_child_steps_who" CHECK(length("lost_child_steps"."who") > 0)
);
--> statement-breakpoint
CREATE INDEX `lost_child_steps_case` ON `lost_child_steps` (`announcement_id`,`at`);