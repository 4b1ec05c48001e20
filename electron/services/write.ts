import { getTableColumns, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { AuditedEntity } from './audit/entity';
import { auditedRow, rowHash } from './audit/hash';
import { appendAuditEntry, type NewEntry } from './audit/log';
import { newRecordKey, recordKey } from './audit/record-keys';
import type { Actor, ServiceContext } from './context';
import { type AuditedEntities, auditedEntities, type EntityName } from './entities';
import { AppError } from './errors';
import { insertRow, selectRow, updateRow } from './row-sql';
import { indexSearchDoc, type SearchDoc } from './search/indexer';
import { allocateSerial } from './serials';
import { recordSubmission } from './submissions';
import { recordEventState } from './sync/outbox';
import { staleVersionError, takeExpectedVersion } from './versions';

type Row = Record<string, unknown>;

type TableOf<E extends EntityName> = AuditedEntities[E]['table'];
/** What a new record of an entity is written with: its table's insert type. */
export type InsertOf<E extends EntityName> = InferInsertModel<TableOf<E>>;
/** A record of an entity as stored: its table's select type. */
export type RecordOf<E extends EntityName> = InferSelectModel<TableOf<E>>;

/** What a service may do inside one write transaction; every change goes through here so it is audited. */
export interface WriteTx {
  readonly now: number;
  readonly actor: Actor | null;
  /** Writes a new record of `entity`, typed by its table, with its audit entry. */
  insert<E extends EntityName>(entity: E, values: InsertOf<E>, note?: string): RecordOf<E>;
  update<E extends EntityName>(
    entity: E,
    id: string,
    patch: Partial<InsertOf<E>>,
    options?: { action?: NewEntry['action']; note?: string },
  ): { before: RecordOf<E>; after: RecordOf<E> };
  /** An entry that records an act without changing a record (a failed PIN, a print, a warning acknowledged). */
  event(entity: string, entityId: string, note: string, changes?: Row, action?: NewEntry['action']): void;
  index(doc: SearchDoc): void;
  serial(prefix: string): string;
}

/**
 * Runs `work` in one IMMEDIATE transaction. If anything throws, nothing of it is written:
 * not the record, not its audit entry, not its search entry, not its serial number.
 */
export function write<T>(ctx: ServiceContext, actor: Actor | null, work: (tx: WriteTx) => T): T {
  const run = ctx.sqlite.transaction(() => {
    recordSubmission(ctx.sqlite, ctx.clock.now());
    return work(createTx(ctx, actor));
  });
  try {
    return run.immediate();
  } catch (error) {
    throw translateSqliteError(error);
  }
}

function createTx(ctx: ServiceContext, actor: Actor | null): WriteTx {
  const now = ctx.clock.now();
  const base = { at: now, clerkId: actor?.clerkId ?? null, shiftId: actor?.shiftId ?? null };
  const stateHash = (s: AuditedEntity, row: Row, key: Buffer | null) => rowHash(auditedRow(row, s, key));
  const keyed = (s: AuditedEntity, row: Row) => (s.keyed ?? []).some((k) => row[k] != null && row[k] !== '');
  return {
    now,
    actor,
    insert(entity, values, note) {
      const s = auditedEntities[entity];
      const row = insertRow<TableOf<typeof entity>>(ctx.sqlite, s.table, values);
      const entityId = String(Reflect.get(row, s.keyName));
      // A record with keyed columns gets its own key at birth, whatever it holds now (a phone may come later).
      const key = s.keyed?.length ? newRecordKey(ctx.sqlite, entity, entityId, now) : null;
      const { seq } = appendAuditEntry(ctx.sqlite, {
        ...base,
        entity,
        entityId,
        action: 'create',
        changes: auditedRow(row, s, key),
        note,
        rowHash: stateHash(s, row, key),
      });
      recordEventState(ctx.sqlite, seq, null, row);
      return row;
    },
    update(entity, id, patch, options) {
      const s = auditedEntities[entity];
      const before = selectRow<TableOf<typeof entity>>(ctx.sqlite, s.table, s.key, id);
      if (!before) throw new AppError('not_found', 'errors.notFound');
      const columns = getTableColumns(s.table);
      let baseVersion: number | null = null;
      let values: Partial<InsertOf<typeof entity>> =
        'updatedAt' in columns && !('updatedAt' in patch) ? { ...patch, updatedAt: now } : patch;
      if ('version' in columns) {
        // Every change moves the version; an edit based on an older one is refused, naming who changed what since.
        const stored = Number(Reflect.get(before, 'version'));
        baseVersion = stored;
        const basedOn = takeExpectedVersion(entity, id);
        if (basedOn !== null && basedOn !== stored) throw staleVersionError(ctx, entity, id, basedOn);
        values = { ...values, version: stored + 1 } as Partial<InsertOf<typeof entity>>;
      }
      const after = updateRow<TableOf<typeof entity>>(ctx.sqlite, s.table, s.key, id, values);
      let key = s.keyed?.length ? recordKey(ctx.sqlite, entity, id) : null;
      // An erased key digests nothing new: a value written after anonymisation gets a fresh key.
      if (key?.length === 0 && keyed(s, after)) key = newRecordKey(ctx.sqlite, entity, id, now);
      const changes: Row = {};
      const shownBefore = auditedRow(before, s, key);
      const shownAfter = auditedRow(after, s, key);
      for (const key of Object.keys(shownAfter)) {
        if (JSON.stringify(shownBefore[key]) !== JSON.stringify(shownAfter[key]))
          changes[key] = [shownBefore[key], shownAfter[key]];
      }
      const { seq } = appendAuditEntry(ctx.sqlite, {
        ...base,
        entity,
        entityId: id,
        action: options?.action ?? 'update',
        changes,
        note: options?.note,
        rowHash: stateHash(s, after, key),
      });
      // Another counter applies this state only if its copy is still at `baseVersion` in stream order.
      recordEventState(ctx.sqlite, seq, baseVersion, after);
      return { before, after };
    },
    event(entity, entityId, note, changes = {}, action = 'event') {
      appendAuditEntry(ctx.sqlite, { ...base, entity, entityId, action, changes, note });
    },
    index(doc) {
      indexSearchDoc(ctx.sqlite, doc);
    },
    serial(prefix) {
      return allocateSerial(ctx.sqlite, prefix, now);
    },
  };
}

/** Disk full, read-only file, busy database: not the clerk's fault, and nothing was written. */
function translateSqliteError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL') return new AppError('storage', 'errors.diskFull');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR'))
    return new AppError('storage', 'errors.readOnly');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('storage', 'errors.busy');
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('conflict', 'errors.constraint');
  return error;
}
