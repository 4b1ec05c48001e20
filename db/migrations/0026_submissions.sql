CREATE TABLE `submissions` (
	`key` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`at` integer NOT NULL
);
