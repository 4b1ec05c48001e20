CREATE TABLE `handovers` (
	`id` text PRIMARY KEY NOT NULL,
	`serial_no` text NOT NULL,
	`shift_id` text NOT NULL,
	`outgoing_clerk_id` text NOT NULL,
	`incoming_clerk_id` text,
	`incoming_shift_id` text,
	`closed_at` integer NOT NULL,
	`acknowledged_at` integer,
	`no_successor` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`snapshot` text NOT NULL,
	`cash_expected_fen` integer DEFAULT 0 NOT NULL,
	`cash_counted_fen` integer DEFAULT 0 NOT NULL,
	`cash_difference_note` text DEFAULT '' NOT NULL,
	`item_counts` text NOT NULL,
	`audit_count` integer NOT NULL,
	`audit_head` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outgoing_clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incoming_clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incoming_shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "handovers_cash_difference_explained" CHECK("handovers"."cash_counted_fen" = "handovers"."cash_expected_fen" or length(trim("handovers"."cash_difference_note")) > 0),
	CONSTRAINT "handovers_successor" CHECK("handovers"."no_successor" = 1 or "handovers"."incoming_clerk_id" is not null),
	CONSTRAINT "handovers_successor_ack" CHECK("handovers"."incoming_clerk_id" is null or "handovers"."acknowledged_at" is not null),
	CONSTRAINT "handovers_cash_nonnegative" CHECK("handovers"."cash_counted_fen" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `handovers_serial_no_unique` ON `handovers` (`serial_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `handovers_shift_id_unique` ON `handovers` (`shift_id`);--> statement-breakpoint
CREATE INDEX `handovers_closed_at` ON `handovers` (`closed_at`,`id`);