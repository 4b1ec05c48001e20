CREATE TABLE `audit_record_keys` (
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`key` text NOT NULL,
	`created_at` integer NOT NULL,
	`erased_at` integer,
	PRIMARY KEY(`entity`, `entity_id`)
);
