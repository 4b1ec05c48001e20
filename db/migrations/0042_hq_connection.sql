CREATE TABLE `hq_connection` (
	`id` integer PRIMARY KEY NOT NULL,
	`host` text NOT NULL,
	`port` integer NOT NULL,
	`database` text NOT NULL,
	`user` text NOT NULL,
	`password` text NOT NULL,
	`tls` integer DEFAULT false NOT NULL,
	`saved_at` integer NOT NULL,
	CONSTRAINT "hq_connection_one_row" CHECK("hq_connection"."id" = 1)
);
