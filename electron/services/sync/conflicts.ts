import type { Sqlite } from '../../../db/open';
import { hasRole } from '../../../shared/contract/roles';
import { type SyncEvent, syncEventSchema } from '../../../shared/contract/sync-event';
import type { Actor, ServiceContext } from '../context';
import { entitySpec, isEntityName } from '../entities';
import { AppError, refuse } from '../errors';
import { write } from '../write';
import { CONFLICT_ENTITY } from './fold';

/** One side of a conflict as a supervisor reads it: which counter did what, when, by whom. */
export interface ConflictSide {
  eventId: string;
  counter: number;
  action: string;
  at: number;
  clerkName: string | null;
  note: string | null;
}

export interface SyncConflict {
  eventId: string;
  entity: string;
  entityId: string;
  /** What a clerk knows the record by (its serial), when the record is here. */
  display: string | null;
  kept: ConflictSide | null;
  other: ConflictSide | null;
  detectedAt: number;
  resolvedAt: number | null;
  resolution: string | null;
}

interface ConflictRow {
  eventId: string;
  entity: string;
  entityId: string;
  keptEventId: string;
  detectedAt: number;
  resolvedAt: number | null;
  resolution: string | null;
}

function eventOf(sqlite: Sqlite, eventId: string): SyncEvent | null {
  const body = sqlite.prepare('select body from sync_inbox where event_id = ?').pluck().get(eventId);
  if (typeof body !== 'string') return null;
  const parsed = syncEventSchema.safeParse(JSON.parse(body));
  return parsed.success ? parsed.data : null;
}

function side(sqlite: Sqlite, eventId: string): ConflictSide | null {
  const event = eventOf(sqlite, eventId);
  if (!event) return null;
  const clerkName = sqlite.prepare('select name from clerks where id = ?').pluck().get(event.clerkId) as
    | string
    | undefined;
  return {
    eventId,
    counter: event.counter,
    action: event.action,
    at: event.at,
    clerkName: clerkName ?? null,
    note: event.note,
  };
}

function display(sqlite: Sqlite, entity: string, entityId: string): string | null {
  if (!isEntityName(entity)) return null;
  const spec = entitySpec(entity);
  if (!spec.display) return null;
  const table = sqlite.prepare(`select "${spec.display.name}" from "${tableName(spec)}" where "${spec.key.name}" = ?`);
  const value = table.pluck().get(entityId);
  return value === undefined || value === null ? null : String(value);
}

function tableName(spec: ReturnType<typeof entitySpec>): string {
  return (spec.table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')] ?? '';
}

/** Conflicts this node found in stream order, open ones first; each node lists the same ones. */
export function listConflicts(sqlite: Sqlite, options: { open?: boolean } = {}): SyncConflict[] {
  const rows = sqlite
    .prepare(
      `select event_id as eventId, entity, entity_id as entityId, kept_event_id as keptEventId,
              detected_at as detectedAt, resolved_at as resolvedAt, resolution
         from sync_conflicts ${options.open ? 'where resolved_at is null' : ''}
        order by resolved_at is not null, detected_at desc limit 200`,
    )
    .all() as ConflictRow[];
  return rows.map((row) => ({
    eventId: row.eventId,
    entity: row.entity,
    entityId: row.entityId,
    display: display(sqlite, row.entity, row.entityId),
    kept: side(sqlite, row.keptEventId),
    other: side(sqlite, row.eventId),
    detectedAt: row.detectedAt,
    resolvedAt: row.resolvedAt,
    resolution: row.resolution,
  }));
}

export function openConflictCount(sqlite: Sqlite): number {
  return sqlite.prepare('select count(*) from sync_conflicts where resolved_at is null').pluck().get() as number;
}

/** The columns a resolution takes over from the event that was not applied: its state, not its identity. */
const NOT_TAKEN = new Set(['version', 'createdAt', 'updatedAt']);

/**
 * A supervisor settles a conflict with a new event every node applies: keep what the stream settled on, or take the
 * other counter's change onto the record (an ordinary audited edit, based on the version the fold holds).
 */
export function resolveConflict(
  ctx: ServiceContext,
  actor: Actor,
  input: { eventId: string; keep: 'kept' | 'other'; note: string },
): SyncConflict {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  if (!input.note.trim()) throw refuse('errors.reasonRequired', 'note');
  const conflict = listConflicts(ctx.sqlite).find((c) => c.eventId === input.eventId);
  if (!conflict) throw new AppError('not_found', 'errors.notFound');
  if (conflict.resolvedAt !== null) throw refuse('sync.errors.alreadyResolved');
  const other = eventOf(ctx.sqlite, input.eventId);
  write(ctx, actor, (tx) => {
    if (input.keep === 'other' && other && isEntityName(conflict.entity)) {
      const spec = entitySpec(conflict.entity);
      const patch = Object.fromEntries(
        Object.entries(other.data).filter(([key]) => key !== spec.keyName && !NOT_TAKEN.has(key)),
      );
      tx.update(conflict.entity, conflict.entityId, patch, { note: `conflict resolved: ${input.note}` });
    }
    tx.event(CONFLICT_ENTITY, input.eventId, input.note, { conflictEventId: input.eventId, resolution: input.keep });
    ctx.sqlite
      .prepare('update sync_conflicts set resolved_at = ?, resolved_by = ?, resolution = ? where event_id = ?')
      .run(tx.now, actor.clerkId, input.keep, input.eventId);
  });
  const done = listConflicts(ctx.sqlite).find((c) => c.eventId === input.eventId);
  if (!done) throw new AppError('not_found', 'errors.notFound');
  return done;
}
