ALTER TABLE `shops` ADD `category` text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE `shops` ADD `opens_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `shops` ADD `closes_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `shops` ADD `note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `shops` ADD `voided_at` integer;--> statement-breakpoint
ALTER TABLE `shops` ADD `void_reason` text;--> statement-breakpoint
ALTER TABLE `shops` ADD `voided_by` text REFERENCES clerks(id);--> statement-breakpoint
-- One list of shops (issue 17): the directory's fields move onto the shop list that settings keeps and the modules
-- refer to. ALTER TABLE cannot add a CHECK over two columns, so the same rule as directory_shops had is a trigger:
-- a known category, and hours both empty (not entered yet) or two different `HH:MM`.
CREATE TRIGGER `shops_directory_fields_insert` BEFORE INSERT ON `shops`
WHEN NOT (
  NEW.`category` IN ('fashion', 'food', 'jewellery', 'beauty', 'electronics', 'sports', 'kids', 'entertainment', 'supermarket', 'services', 'other')
  AND ((NEW.`opens_at` = '' AND NEW.`closes_at` = '')
    OR (NEW.`opens_at` GLOB '[0-2][0-9]:[0-5][0-9]' AND NEW.`opens_at` <= '23:59'
      AND NEW.`closes_at` GLOB '[0-2][0-9]:[0-5][0-9]' AND NEW.`closes_at` <= '23:59' AND NEW.`opens_at` <> NEW.`closes_at`))
)
BEGIN SELECT RAISE(ABORT, 'shops_directory_fields'); END;
--> statement-breakpoint
CREATE TRIGGER `shops_directory_fields_update` BEFORE UPDATE OF `category`, `opens_at`, `closes_at` ON `shops`
WHEN NOT (
  NEW.`category` IN ('fashion', 'food', 'jewellery', 'beauty', 'electronics', 'sports', 'kids', 'entertainment', 'supermarket', 'services', 'other')
  AND ((NEW.`opens_at` = '' AND NEW.`closes_at` = '')
    OR (NEW.`opens_at` GLOB '[0-2][0-9]:[0-5][0-9]' AND NEW.`opens_at` <= '23:59'
      AND NEW.`closes_at` GLOB '[0-2][0-9]:[0-5][0-9]' AND NEW.`closes_at` <= '23:59' AND NEW.`opens_at` <> NEW.`closes_at`))
)
BEGIN SELECT RAISE(ABORT, 'shops_directory_fields'); END;
