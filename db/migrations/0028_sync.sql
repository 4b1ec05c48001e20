CREATE TABLE `sync_chains` (
	`counter` integer PRIMARY KEY NOT NULL,
	`last_seq` integer NOT NULL,
	`last_hash` text NOT NULL,
	`alarm` text,
	`alarm_seq` integer,
	`alarm_at` integer
);
--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`event_id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`kept_event_id` text NOT NULL,
	`detected_at` integer NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	`resolution` text
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_record` ON `sync_conflicts` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `sync_event_states` (
	`seq` integer PRIMARY KEY NOT NULL,
	`base_version` integer,
	`state` text
);
--> statement-breakpoint
CREATE TABLE `sync_inbox` (
	`stream_seq` integer PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`counter` integer NOT NULL,
	`counter_seq` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`body` text NOT NULL,
	`outcome` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_inbox_event_id_unique` ON `sync_inbox` (`event_id`);--> statement-breakpoint
CREATE INDEX `sync_inbox_chain` ON `sync_inbox` (`counter`,`counter_seq`);--> statement-breakpoint
CREATE INDEX `sync_inbox_record` ON `sync_inbox` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `sync_records` (
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`version` integer NOT NULL,
	`event_id` text NOT NULL,
	`row_hash` text,
	PRIMARY KEY(`entity`, `entity_id`)
);
--> statement-breakpoint
CREATE TABLE `sync_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`server_url` text NOT NULL,
	`user` text NOT NULL,
	`password` text NOT NULL,
	`site` text NOT NULL,
	`counter_index` integer NOT NULL,
	`enrolled_at` integer NOT NULL,
	`applied_seq` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sync_settings_one_row" CHECK("sync_settings"."id" = 1)
);
