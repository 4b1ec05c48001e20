CREATE TABLE `reception_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `visits_time_in`;--> statement-breakpoint
CREATE INDEX `visits_name` ON `visits` (`visitor_name`,`time_in`);--> statement-breakpoint
CREATE INDEX `visits_time_in` ON `visits` (`time_in`,`id`);