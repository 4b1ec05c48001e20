import { AsyncLocalStorage } from 'node:async_hooks';
import { getTableName } from 'drizzle-orm';
import type { VersionedRecord } from '../../shared/contract/channel';
import type { ChangeSince } from '../../shared/errors';
import { changesOf } from './audit/history-view';
import type { ServiceContext } from './context';
import { type EntityName, entitySpec, isEntityName } from './entities';
import { AppError } from './errors';

interface Expected extends VersionedRecord {
  checked: boolean;
}

/** The versions the current call's edit was based on; the writer checks them in the write's own transaction. */
const expected = new AsyncLocalStorage<Expected[]>();

/** Runs a handler with the version its input was based on, so `tx.update` of that record checks it. */
export function withExpectedVersion<T>(record: VersionedRecord | null, work: () => T): T {
  if (!record) return work();
  return expected.run([{ ...record, checked: false }], work);
}

/**
 * The version an update of `entity`/`id` must find, once per call: the first update of the record checks it (a
 * service may change a record twice in one call, e.g. a status and then its deadline).
 */
export function takeExpectedVersion(entity: string, id: string): number | null {
  const found = expected.getStore()?.find((e) => e.entity === entity && e.id === id && !e.checked);
  if (!found) return null;
  found.checked = true;
  return found.version;
}

/** The record's stored version, or null when it does not exist (the service then says not found). */
export function currentVersion(ctx: ServiceContext, record: VersionedRecord): number | null {
  if (!isEntityName(record.entity)) return null;
  const spec = entitySpec(record.entity);
  const table = getTableName(spec.table);
  const row = ctx.sqlite.prepare(`select version from "${table}" where "${spec.key.name}" = ?`).pluck().get(record.id);
  return typeof row === 'number' ? row : null;
}

/** Refuses an edit based on `version` when the record is at `stored`: names who changed what since. */
export function staleVersionError(ctx: ServiceContext, entity: EntityName, id: string, version: number): AppError {
  const rows = ctx.sqlite
    .prepare(
      `select a.at as at, a.action as action, a.changes as changes, c.name as clerkName
         from audit_log a left join clerks c on c.id = a.clerk_id
        where a.entity = ? and a.entity_id = ? and (a.action <> 'create' or ? = 0) and a.row_hash is not null
        order by a.seq limit -1 offset ?`,
    )
    // Version 0: the form showed a record not stored yet (a setting at its default); its first save is a change too.
    .all(entity, id, version, Math.max(0, version - 1)) as {
    at: number;
    action: string;
    changes: string;
    clerkName: string | null;
  }[];
  const changedSince: ChangeSince[] = rows.map((row) => ({
    clerkName: row.clerkName,
    at: row.at,
    fieldKeys: changesOf(
      ctx,
      entity,
      { action: row.action as 'update', changes: JSON.parse(row.changes) as Record<string, unknown> },
      { withCreated: true },
    ).map((change) => change.fieldKey),
  }));
  const last = changedSince.at(-1);
  return new AppError('conflict', 'errors.staleVersion', undefined, { who: last?.clerkName ?? '—' }, changedSince);
}
