CREATE TABLE `customer_units` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`customer_id` text NOT NULL,
	`unit` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "customer_units_unit_text" CHECK(length("customer_units"."unit") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_units_live` ON `customer_units` (`customer_id`,`unit`) WHERE "customer_units"."active" = 1;--> statement-breakpoint
CREATE INDEX `customer_units_unit` ON `customer_units` (`unit`);