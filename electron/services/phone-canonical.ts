import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { normalisePhone } from '../../shared/contract/phone';
import { type BatchedSchedule, scheduleBatchedJob } from './batched-job';
import type { ServiceContext } from './context';
import { auditedEntities, type EntityName } from './entities';
import { write } from './write';

export const PHONE_JOB = 'phones_canonical';
/** Records read and rewritten per transaction: a few milliseconds, so the counter never waits on the job. */
export const PHONE_BATCH = 200;

interface PhoneColumn {
  entity: EntityName;
  table: string;
  key: string;
  /** The column's name in SQL and its key in TypeScript (`desk_phone` / `deskPhone`). */
  column: string;
  field: string;
}

/** Every phone column of every audited record (site's desk phone, shops, visits, calls, slips, returns, …). */
function phoneColumns(): PhoneColumn[] {
  const out: PhoneColumn[] = [];
  for (const [entity, spec] of Object.entries(auditedEntities) as [
    EntityName,
    (typeof auditedEntities)[EntityName],
  ][]) {
    const config = getTableConfig(spec.table);
    const key = (spec.key as { name: string }).name;
    for (const [field, col] of Object.entries(spec.table)) {
      if (!/phone$/i.test(field) || typeof col !== 'object' || col === null || !('name' in col)) continue;
      const column = String((col as { name: unknown }).name);
      if (config.columns.some((c) => c.name === column)) out.push({ entity, table: config.name, key, column, field });
    }
  }
  return out;
}

/** The canonical form of a stored phone, or null when it already is one or is not a number libphonenumber knows. */
function changedPhone(stored: string): string | null {
  if (!stored) return null;
  const parsed = normalisePhone(stored);
  return parsed.ok && parsed.phone !== stored ? parsed.phone : null;
}

export function phoneJobPending(ctx: ServiceContext): boolean {
  const row = ctx.sqlite.prepare('select done_at from data_jobs where name = ?').get(PHONE_JOB) as
    | { done_at: number | null }
    | undefined;
  return row !== undefined && row.done_at === null;
}

/**
 * One batch of the job: up to `limit` records of one phone column after `after`, each phone not in canonical form
 * rewritten through the audited writer (note 'phoneCanonical'), its search entry and the customer-history index
 * moved with it in the same transaction. Returns the last key read (null when the column is done) and the count.
 */
function batch(
  ctx: ServiceContext,
  c: PhoneColumn,
  after: string,
  limit: number,
): { last: string | null; changed: number } {
  const rows = ctx.sqlite
    .prepare(
      `select "${c.key}" as k, "${c.column}" as p from "${c.table}" where "${c.key}" > ? order by "${c.key}" limit ?`,
    )
    .all(after, limit) as { k: string; p: string | null }[];
  const changes = rows.flatMap((r) => {
    const phone = changedPhone(r.p ?? '');
    return phone ? [{ id: String(r.k), from: r.p as string, phone }] : [];
  });
  if (changes.length > 0)
    write(ctx, null, (tx) => {
      const moveEntry = ctx.sqlite.prepare('update search_entries set phone = ? where entity_id = ? and phone = ?');
      for (const change of changes) {
        tx.update(c.entity, change.id, { [c.field]: change.phone } as never, { note: 'phoneCanonical' });
        moveEntry.run(change.phone, change.id, change.from);
      }
    });
  const last = rows.length < limit ? null : String((rows[rows.length - 1] as { k: string }).k);
  return { last, changed: changes.length };
}

/**
 * The whole job, batch after batch, yielding between batches when `yieldBetween` is given; marks it done at the end.
 * Does nothing when the job is not pending (it runs once, after the migration that asked for it).
 */
export async function canonicalisePhones(
  ctx: ServiceContext,
  yieldBetween: (() => Promise<boolean>) | null = null,
  limit = PHONE_BATCH,
): Promise<number> {
  if (!phoneJobPending(ctx)) return 0;
  let total = 0;
  for (const column of phoneColumns()) {
    let after: string | null = '';
    while (after !== null) {
      if (yieldBetween && !(await yieldBetween())) return total;
      const step = batch(ctx, column, after, limit);
      total += step.changed;
      after = step.last;
    }
  }
  ctx.sqlite
    .prepare('update data_jobs set done_at = ?, changed = ? where name = ?')
    .run(ctx.clock.now(), total, PHONE_JOB);
  return total;
}

/** As the running desk does it: just after start, one batch per turn of the event loop, stopping when asked. */
export function schedulePhoneCanonicalisation(
  context: () => ServiceContext | null,
  log: (error: unknown) => void = console.error,
): BatchedSchedule {
  return scheduleBatchedJob(context, (ctx, nextBatch) => canonicalisePhones(ctx, nextBatch), log);
}
