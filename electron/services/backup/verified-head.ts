import type { Sqlite } from '../../../db/open';
import type { VerifiedHead } from './verify-worker';

/** The note of the scheduled full verification's entry, and of one that failed. */
export const FULL_CHECK_NOTE = 'audit verified';
export const FAILED_CHECK_NOTE = 'audit verification failed';

/** How often the whole log and every record are verified (in a worker, on the newest copy). */
export const FULL_CHECK_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

/** The newest backup entries, newest first; a day has a few, so this reads a handful of rows. */
const RECENT = `select at, note, changes from audit_log where entity = 'backup' and action = 'event'
  order by seq desc limit 50`;

interface Recorded {
  /** The head verified last and recorded in the log, null when the next check must verify everything. */
  from: VerifiedHead | null;
  /** When the whole log was last verified (0: never, as far as the newest entries tell). */
  lastFullAt: number;
}

/**
 * What the log says of earlier checks: every backup and every full verification records the head it verified
 * (`auditCount`, `auditHead`, and `verifiedFrom`, 0 when it verified the whole log). A failed full verification
 * means no earlier head is trusted: the next backup verifies everything again.
 */
export function recordedVerification(sqlite: Sqlite): Recorded {
  let from: VerifiedHead | null = null;
  let lastFullAt = 0;
  for (const row of sqlite.prepare(RECENT).iterate() as IterableIterator<{
    at: number;
    note: string | null;
    changes: string;
  }>) {
    if (row.note === FAILED_CHECK_NOTE) return { from: null, lastFullAt: 0 };
    const changes = JSON.parse(row.changes) as Record<string, unknown>;
    const { auditCount, auditHead, verifiedFrom } = changes;
    if (typeof auditCount !== 'number' || typeof auditHead !== 'string') continue;
    from ??= { count: auditCount, head: auditHead };
    if (verifiedFrom === 0) {
      lastFullAt = row.at;
      break;
    }
  }
  return { from, lastFullAt };
}
