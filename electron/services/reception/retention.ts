import { eraseRecordKey } from '../audit/record-keys';
import { type BatchedSchedule, type NextBatch, nextTurn, scheduleBatchedJob } from '../batched-job';
import type { ServiceContext } from '../context';
import { getPolicy } from '../settings';
import { blankKeptStates } from '../sync/outbox';
import { write } from '../write';
import { visitSearchDoc } from './visits';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Visits per transaction and per turn of the event loop. Each is an update with its audit entry and a new search
 * entry (pinyin, keys): 0.4 ms or so on a quiet machine, up to 5 ms under a load of 11 (`npm run bench`), where 100 a
 * batch held the main thread 450 ms and 25 up to 140 ms. 10 keep a batch under 50 ms even then; the commit's fsync is
 * shared by 10, and a ten-year backlog still clears in the background within the first hour.
 */
export const RETENTION_BATCH = 10;

/**
 * Read off the partial index `visits_retention_due` (visits with personal data not yet blanked, by arrival): the
 * WHERE repeats the index's condition word for word so SQLite uses it, and with nothing due the job reads one entry.
 */
export const RETENTION_DUE_SQL = `select id from visits
  where anonymised_at is null and (phone <> '' or id_masked <> '' or id_hash is not null) and time_in < ?
  order by time_in limit ?`;

/** The moment before which a visit's personal data is due for blanking under the policy in force now. */
export function retentionCutoff(ctx: ServiceContext): number {
  return ctx.clock.now() - getPolicy(ctx).visitorDataRetentionDays * DAY_MS;
}

/**
 * One batch of the personal-data retention: phones and ID numbers of up to `limit` visits that arrived before
 * `cutoff` are blanked; the visit itself (who came, when, why) stays. Runs as the system (no clerk), audited with the
 * note 'retention'; returns how many visits it anonymised (fewer than `limit` means nothing more is due).
 */
export function anonymiseBatch(ctx: ServiceContext, cutoff: number, limit = RETENTION_BATCH): number {
  const ids = ctx.sqlite.prepare(RETENTION_DUE_SQL).pluck().all(cutoff, limit) as string[];
  if (ids.length === 0) return 0;
  write(ctx, null, (tx) => {
    for (const id of ids) {
      const blanked = { phone: '', idMasked: '', idHash: null };
      const { after } = tx.update('visits', id, { ...blanked, anonymisedAt: tx.now }, { note: 'retention' });
      // The states kept beside the log for other counters held the phone and ID in clear too.
      blankKeptStates(ctx.sqlite, 'visits', id, blanked);
      // The log's keyed digest of the phone can be tested against guessed numbers by nobody from now on.
      eraseRecordKey(ctx.sqlite, 'visits', id, tx.now);
      tx.index(visitSearchDoc(after));
    }
  });
  return ids.length;
}

/** The whole job at once, for tests and tools: every due visit, batch after batch, without yielding. */
export function anonymiseOldVisits(ctx: ServiceContext): number {
  const cutoff = retentionCutoff(ctx);
  let total = 0;
  for (;;) {
    const done = anonymiseBatch(ctx, cutoff);
    total += done;
    if (done < RETENTION_BATCH) return total;
  }
}

/** One run on one database: a batch each time `nextBatch` says to go on, until nothing is due. */
async function retentionRun(ctx: ServiceContext, nextBatch: NextBatch): Promise<number> {
  const cutoff = retentionCutoff(ctx);
  let total = 0;
  for (;;) {
    if (!(await nextBatch())) return total;
    const done = anonymiseBatch(ctx, cutoff);
    total += done;
    if (done < RETENTION_BATCH) return total;
  }
}

/**
 * The job as the running desk does it: one batch per turn of the event loop, so clerks' calls run between batches.
 * It asks for the database before each batch and stops when there is none any more (closed, restored, recovery):
 * a restored file is picked up by the next run. Returns how many visits it anonymised.
 */
export async function runRetention(
  context: () => ServiceContext | null,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  const first = context();
  if (!first?.sqlite.open) return 0;
  return retentionRun(first, async () => {
    await nextTurn();
    const ctx = context();
    return !shouldStop() && ctx === first && ctx.sqlite.open;
  });
}

export type RetentionSchedule = BatchedSchedule;

/** Runs the job just after start (never before the desk is ready) and then once a day; errors are logged. */
export function scheduleRetention(
  context: () => ServiceContext | null,
  log: (error: unknown) => void = console.error,
): RetentionSchedule {
  return scheduleBatchedJob(context, retentionRun, log, DAY_MS);
}
