-- The complaint timeline is append-only: the database itself refuses to change or remove an entry.
-- A correction is a new entry that points at the earlier one (corrects_event_id).
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
BEGIN
  SELECT RAISE(ABORT, 'complaint_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
BEGIN
  SELECT RAISE(ABORT, 'complaint_events is append-only');
END;
