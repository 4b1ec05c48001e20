-- Visits written before per-record keys (0030) keep their phone in the log as a plain SHA-256 digest, which anyone
-- holding the file can test against every mobile number. The app gives each such record its key and rewrites its
-- entries to the keyed form, attested by the job's own entries as a customer's erasure attests its rewrites
-- (electron/services/audit/rekey.ts), in batches after start, and audits the job's end with the counts.
INSERT INTO `data_jobs` (`name`, `pending_since`) VALUES ('audit_phone_rekey', CAST(strftime('%s', 'now') AS INTEGER) * 1000);
