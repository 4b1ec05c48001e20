CREATE TABLE `erasure_rewrites` (
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`entity`, `entity_id`)
);
--> statement-breakpoint
-- The timeline stays append-only, but a customer's erasure may rewrite an event's text (the person's name and number
-- masked): only the text and the version may change, and only for an event the erasure named in erasure_rewrites.
DROP TRIGGER complaint_events_no_update;
--> statement-breakpoint
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
WHEN NOT (
  new.id = old.id AND new.complaint_id = old.complaint_id AND new.at = old.at AND new.kind = old.kind
  AND new.from_status IS old.from_status AND new.to_status IS old.to_status
  AND new.corrects_event_id IS old.corrects_event_id AND new.clerk_id = old.clerk_id
  AND new.created_at = old.created_at AND new.version = old.version + 1
  AND EXISTS (SELECT 1 FROM erasure_rewrites WHERE entity = 'complaintEvents' AND entity_id = old.id)
)
BEGIN
  SELECT RAISE(ABORT, 'complaint_events is append-only');
END;
