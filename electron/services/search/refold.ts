import { getTableName } from 'drizzle-orm';
import { type BatchedSchedule, scheduleBatchedJob } from '../batched-job';
import type { ServiceContext } from '../context';
import { selectRow } from '../row-sql';
import type { EntitySync } from '../sync/module-sync';
import { write } from '../write';

/** The one-off job migration 0045 asks for (a row in `data_jobs`). */
export const REFOLD_JOB = 'search_refold';
/** Records filed again per transaction: a few milliseconds, so the counter never waits on the job. */
const REFOLD_BATCH = 500;

export function refoldJobPending(ctx: ServiceContext): boolean {
  const row = ctx.sqlite.prepare('select done_at from data_jobs where name = ?').get(REFOLD_JOB) as
    | { done_at: number | null }
    | undefined;
  return row !== undefined && row.done_at === null;
}

/**
 * One batch: up to `limit` records of one entity after key `after`, each filed in the search index again by its
 * module's own indexer (the hook that files a record arriving from another counter), which folds its text as every
 * write does now. The index keeps no text to fold in place (search_fts is contentless), so the records are read.
 * Returns the last key read (null when the entity is done) and how many records were filed.
 */
function batch(
  ctx: ServiceContext,
  entity: EntitySync,
  after: string,
  limit: number,
): { last: string | null; changed: number } {
  const { spec, afterApply } = entity;
  if (!afterApply) return { last: null, changed: 0 };
  const ids = ctx.sqlite
    .prepare(
      `select "${spec.key.name}" from "${getTableName(spec.table)}" where "${spec.key.name}" > ? order by 1 limit ?`,
    )
    .pluck()
    .all(after, limit) as string[];
  ctx.sqlite.transaction(() => {
    for (const id of ids) {
      const row = selectRow(ctx.sqlite, spec.table, spec.key, id);
      if (row) afterApply(ctx.sqlite, row as Record<string, unknown>);
    }
  })();
  const last = ids.length < limit ? null : (ids[ids.length - 1] as string);
  return { last, changed: ids.length };
}

/**
 * The whole job, batch after batch, yielding between batches when `yieldBetween` is given. At the end it is marked
 * done and audited in one transaction: an entry (search / index, note 'refolded') with how many records were
 * filed again, when there were any. The index is not a record of its own (it is derived from the records), so its entries
 * are not audited one by one; no record changes. A stop between batches starts again from the first entity at the
 * next start (filing a record twice is harmless). Does nothing once done.
 */
export async function refoldSearchIndex(
  ctx: ServiceContext,
  yieldBetween: (() => Promise<boolean>) | null = null,
  limit = REFOLD_BATCH,
): Promise<number> {
  if (!refoldJobPending(ctx)) return 0;
  let total = 0;
  for (const entity of Object.values(ctx.modules.sync)) {
    let after: string | null = '';
    while (after !== null) {
      if (yieldBetween && !(await yieldBetween())) return total;
      const step = batch(ctx, entity, after, limit);
      total += step.changed;
      after = step.last;
    }
  }
  write(ctx, null, (tx) => {
    // A desk with no record to file (a new one) has nothing to attest.
    if (total > 0) tx.event('search', 'index', 'refolded', { changed: total });
    ctx.sqlite
      .prepare('update data_jobs set done_at = ?, changed = ? where name = ?')
      .run(ctx.clock.now(), total, REFOLD_JOB);
  });
  return total;
}

/** As the running desk does it: just after start, one batch per turn of the event loop, stopping when asked. */
export function scheduleSearchRefold(
  context: () => ServiceContext | null,
  log: (error: unknown) => void = console.error,
): BatchedSchedule {
  return scheduleBatchedJob(context, (ctx, nextBatch) => refoldSearchIndex(ctx, nextBatch), log);
}
