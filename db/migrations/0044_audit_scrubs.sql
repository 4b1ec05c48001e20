CREATE TABLE `audit_scrubs` (
	`seq` integer PRIMARY KEY NOT NULL,
	`erasure_seq` integer NOT NULL,
	`content_hash` text NOT NULL
);
--> statement-breakpoint
-- The log stays append-only, with one exception: an entry a customer's erasure has attested (a row in audit_scrubs)
-- may have its changes, note and row hash replaced by their erased form; nothing else of any entry may change.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN NOT (
  NEW.`seq` = OLD.`seq` AND NEW.`id` = OLD.`id` AND NEW.`at` = OLD.`at` AND NEW.`clerk_id` IS OLD.`clerk_id`
  AND NEW.`shift_id` IS OLD.`shift_id` AND NEW.`entity` = OLD.`entity` AND NEW.`entity_id` = OLD.`entity_id`
  AND NEW.`action` = OLD.`action` AND NEW.`prev_hash` = OLD.`prev_hash` AND NEW.`hash` = OLD.`hash`
  AND EXISTS (SELECT 1 FROM `audit_scrubs` s WHERE s.`seq` = OLD.`seq` AND s.`erasure_seq` > OLD.`seq`)
)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
