import type { ServiceContext } from '../context';
import { getPolicy } from '../settings';
import { write } from '../write';
import { visitSearchDoc } from './visits';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows per transaction: keeps each write short so the counter never waits on the job. */
const BATCH = 500;

/**
 * Personal-data retention: phones and ID numbers of visits older than the policy's days are blanked; the visit
 * itself (who came, when, why) stays. Runs as the system (no clerk) and returns how many visits it anonymised.
 */
export function anonymiseOldVisits(ctx: ServiceContext): number {
  const cutoff = ctx.clock.now() - getPolicy(ctx).visitorDataRetentionDays * DAY_MS;
  const due = ctx.sqlite.prepare(
    `select id from visits where time_in < ? and anonymised_at is null
       and (phone <> '' or id_masked <> '' or id_hash is not null) limit ${BATCH}`,
  );
  let total = 0;
  for (;;) {
    const ids = due.pluck().all(cutoff) as string[];
    if (ids.length === 0) return total;
    write(ctx, null, (tx) => {
      for (const id of ids) {
        const { after } = tx.update(
          'visits',
          id,
          { phone: '', idMasked: '', idHash: null, anonymisedAt: tx.now },
          { note: 'retention' },
        );
        tx.index(visitSearchDoc(after));
      }
    });
    total += ids.length;
  }
}

/** Runs the job now and then once a day; errors are logged, never thrown into the app. */
export function scheduleRetention(
  context: () => ServiceContext | null,
  log: (error: unknown) => void = console.error,
): () => void {
  const run = () => {
    const ctx = context();
    if (!ctx?.sqlite.open) return;
    try {
      anonymiseOldVisits(ctx);
    } catch (error) {
      log(error);
    }
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
