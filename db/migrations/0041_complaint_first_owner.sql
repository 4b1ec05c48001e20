ALTER TABLE `complaints` ADD `first_owner_clerk_id` text REFERENCES clerks(id);--> statement-breakpoint
-- 首问责任人 is set at intake and never changed. Complaints taken before this migration keep null and are read as
-- first received by their intake clerk (clerk_id): backfilling them would rewrite rows behind the audit log.
CREATE TRIGGER `complaints_first_owner_insert` BEFORE INSERT ON `complaints`
WHEN NEW.`first_owner_clerk_id` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'complaints_first_owner: a new complaint needs its first owner');
END;
--> statement-breakpoint
CREATE TRIGGER `complaints_first_owner_fixed` BEFORE UPDATE OF `first_owner_clerk_id` ON `complaints`
WHEN NEW.`first_owner_clerk_id` IS NOT OLD.`first_owner_clerk_id`
BEGIN
  SELECT RAISE(ABORT, 'complaints_first_owner: the first owner is never changed');
END;
