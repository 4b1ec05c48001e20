ALTER TABLE `calls` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `clerks` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `complaint_calendar_days` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `complaint_events` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `complaints` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `handovers` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `invoice_receipts` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `invoice_requests` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `lostfound_items` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `lostfound_reports` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `visits` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `watch_list` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `return_requests` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `counters` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `departments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `shops` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `site` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `shifts` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `storage_locations` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `storage_pickups` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `storage_slips` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Records that existed before: their version is one plus the changes the audit log holds for them (every change
-- the writer made is an entry with a row hash), so "changed since version n" reads the same log for old and new records.
UPDATE `calls` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'calls' AND a.`entity_id` = `calls`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `clerks` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'clerks' AND a.`entity_id` = `clerks`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `complaint_calendar_days` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'complaintCalendarDays' AND a.`entity_id` = `complaint_calendar_days`.`day` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
-- complaint_events is append-only (migration 0008's trigger refuses any UPDATE, and this one failed on every
-- database with a complaint event): an event is never changed, so its version stays the default 1.
UPDATE `complaints` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'complaints' AND a.`entity_id` = `complaints`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `handovers` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'handovers' AND a.`entity_id` = `handovers`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `invoice_receipts` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'invoiceReceipts' AND a.`entity_id` = `invoice_receipts`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `invoice_requests` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'invoiceRequests' AND a.`entity_id` = `invoice_requests`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `visits` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'visits' AND a.`entity_id` = `visits`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `watch_list` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'watchList' AND a.`entity_id` = `watch_list`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `return_requests` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'returnRequests' AND a.`entity_id` = `return_requests`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `counters` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'counters' AND a.`entity_id` = `counters`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `departments` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'departments' AND a.`entity_id` = `departments`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `settings` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'settings' AND a.`entity_id` = `settings`.`key` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `shops` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'shops' AND a.`entity_id` = `shops`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `site` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'site' AND a.`entity_id` = `site`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `shifts` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'shifts' AND a.`entity_id` = `shifts`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `storage_locations` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'storageLocations' AND a.`entity_id` = `storage_locations`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `storage_pickups` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'storagePickups' AND a.`entity_id` = `storage_pickups`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `storage_slips` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'storageSlips' AND a.`entity_id` = `storage_slips`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `lostfound_items` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'lostfoundItems' AND a.`entity_id` = `lostfound_items`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);--> statement-breakpoint
UPDATE `lostfound_reports` SET `version` = 1 + (SELECT count(*) FROM `audit_log` a WHERE a.`entity` = 'lostfoundReports' AND a.`entity_id` = `lostfound_reports`.`id` AND a.`action` <> 'create' AND a.`row_hash` IS NOT NULL);
