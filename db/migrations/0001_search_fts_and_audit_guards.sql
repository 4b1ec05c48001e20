-- Full-text index over every module's records. Contentless (the text lives in the records themselves), with
-- contentless_delete so an edited record's old text can be removed; trigram so Chinese needs no word splitter.
CREATE VIRTUAL TABLE search_fts USING fts5(body, content='', contentless_delete=1, tokenize='trigram');
--> statement-breakpoint
-- The audit log is append-only: the database itself refuses to change or remove an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
