import { getTableColumns } from 'drizzle-orm';
import type { Sqlite } from '../../../db/open';
import { hasRole } from '../../../shared/contract/roles';
import { syncEventSchema } from '../../../shared/contract/sync-event';
import type { Actor, ServiceContext } from '../context';
import { entitySpec, isEntityName } from '../entities';
import { AppError } from '../errors';
import { write } from '../write';
import { type ApplyFailure, decideOrKeep, RETRY_ENTITY } from './fold';
import type { ModuleSync } from './module-sync';

/** An event of another counter this node could not store, as a supervisor reads it. */
export interface FailedEvent {
  streamSeq: number;
  /** The audited entity, for its label; null when this version does not know it. */
  entity: string | null;
  /** The module whose labels name the entity. */
  module: string | null;
  /** What a clerk knows the record by (a name, a serial), from the event itself: the record is not here. */
  display: string | null;
  counter: number;
  /** When the clerk at that counter did it. */
  at: number;
  receivedAt: number;
  failure: ApplyFailure;
  retriedAt: number | null;
}

interface FailedRow {
  streamSeq: number;
  entity: string;
  counter: number;
  body: string;
  receivedAt: number;
  failure: string | null;
  retriedAt: number | null;
}

const FAILURES: readonly ApplyFailure[] = ['unique', 'reference', 'rule', 'other'];

function failedRows(sqlite: Sqlite, streamSeq?: number): FailedRow[] {
  return sqlite
    .prepare(
      `select stream_seq as streamSeq, entity, counter, body, received_at as receivedAt, failure,
              retried_at as retriedAt
         from sync_inbox where outcome = 'failed' ${streamSeq === undefined ? '' : 'and stream_seq = @seq'}
        order by stream_seq limit 500`,
    )
    .all(streamSeq === undefined ? {} : { seq: streamSeq }) as FailedRow[];
}

function displayOf(entity: string, data: Record<string, unknown>): string | null {
  if (!isEntityName(entity)) return null;
  const spec = entitySpec(entity);
  if (!spec.display) return null;
  const key = Object.entries(getTableColumns(spec.table)).find(([, column]) => column === spec.display)?.[0];
  const value = key ? data[key] : undefined;
  return value === undefined || value === null ? null : String(value);
}

function view(row: FailedRow): FailedEvent {
  const parsed = syncEventSchema.safeParse(JSON.parse(row.body));
  const known = isEntityName(row.entity) ? row.entity : null;
  return {
    streamSeq: row.streamSeq,
    entity: known,
    module: known ? entitySpec(known).module : null,
    display: parsed.success ? displayOf(row.entity, parsed.data.data) : null,
    counter: row.counter,
    at: parsed.success ? parsed.data.at : row.receivedAt,
    receivedAt: row.receivedAt,
    failure: FAILURES.find((f) => f === row.failure) ?? 'other',
    retriedAt: row.retriedAt,
  };
}

/** Events of other counters that could not be stored here, in stream order. */
export function listFailedEvents(sqlite: Sqlite): FailedEvent[] {
  return failedRows(sqlite).map(view);
}

export function failedEventCount(sqlite: Sqlite): number {
  return sqlite.prepare("select count(*) from sync_inbox where outcome = 'failed'").pluck().get() as number;
}

/**
 * A supervisor, having put right what blocked them (a clerk's employee number that another desk's clerk also
 * has), applies the failed events again, in stream order, in one transaction with the audit entry of the retry.
 * One that still fails stays listed with its reason as it is now. One whose record a later event already moved on
 * here is not applied over it (that would undo the later change): it is marked superseded.
 */
export function retryFailedEvents(
  ctx: ServiceContext,
  actor: Actor,
  options: { entities: ModuleSync; counter: number; streamSeq?: number },
): { applied: number; failed: number } {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  const rows = failedRows(ctx.sqlite, options.streamSeq);
  if (options.streamSeq !== undefined && rows.length === 0) throw new AppError('not_found', 'errors.notFound');
  const result = { applied: 0, failed: 0 };
  // As for the stream's batches: a record may name one that arrives later, so references are not checked here.
  ctx.sqlite.pragma('foreign_keys = OFF');
  try {
    write(ctx, actor, (tx) => {
      const fold = { sqlite: ctx.sqlite, entities: options.entities, counter: options.counter, now: tx.now };
      const update = ctx.sqlite.prepare(
        'update sync_inbox set outcome = ?, failure = ?, retried_at = ? where stream_seq = ?',
      );
      for (const row of rows) {
        const parsed = syncEventSchema.safeParse(JSON.parse(row.body));
        if (!parsed.success) continue;
        const event = parsed.data;
        if (supersededHere(ctx.sqlite, event.entity, event.entityId, event.data)) {
          update.run('superseded', null, tx.now, row.streamSeq);
          continue;
        }
        const { outcome, failure } = decideOrKeep(fold, event);
        update.run(outcome, failure, tx.now, row.streamSeq);
        if (outcome === 'failed') result.failed += 1;
        else result.applied += 1;
      }
      tx.event(RETRY_ENTITY, String(options.streamSeq ?? 'all'), 'failed sync events retried', {
        applied: result.applied,
        failed: result.failed,
      });
    });
  } finally {
    ctx.sqlite.pragma('foreign_keys = ON');
  }
  return result;
}

/** The fold already holds a newer version of the record than the event would write. */
function supersededHere(sqlite: Sqlite, entity: string, entityId: string, data: Record<string, unknown>): boolean {
  const head = sqlite
    .prepare('select version from sync_records where entity = ? and entity_id = ?')
    .pluck()
    .get(entity, entityId);
  const version = typeof data.version === 'number' ? data.version : 1;
  return typeof head === 'number' && head >= version;
}
