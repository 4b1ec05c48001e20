ALTER TABLE `repair_orders` ADD `complete_by_at` integer;--> statement-breakpoint
ALTER TABLE `repair_orders` ADD `follow_up_due_at` integer;--> statement-breakpoint
-- Orders from before the completion limit get the default limits on the clock (their desk hours are not known here).
UPDATE `repair_orders` SET `complete_by_at` = `reported_at` + (CASE `urgency` WHEN 'urgent' THEN 240 ELSE 1440 END) * 60000;--> statement-breakpoint
UPDATE `repair_orders` SET `follow_up_due_at` = `completed_at` + 240 * 60000 WHERE `completed_at` IS NOT NULL;
