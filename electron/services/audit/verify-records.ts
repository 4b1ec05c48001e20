import { getTableConfig } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from '../../../db/open';
import type { VerifyResult } from '../../../shared/contract/audit';
import { auditedEntities } from '../entities';
import type { AuditedEntity } from './entity';
import { auditedRow, rowHash } from './hash';
import { recordKey } from './record-keys';

/** Rows read per query: one page is read by key, so no statement stays open while the app writes between steps. */
export const PAGE = 250;

/**
 * Time spent in one step before the event loop gets a turn. A page of rows was the step before, but on a cold
 * ten-year file one page of random index lookups took over a second (bench/results.md); a clock does not vary so.
 */
const STEP_MS = 8;

/** Says when the current step has used its time; `yield` after it returns true. */
export class StepClock {
  private started = performance.now();
  due(): boolean {
    if (performance.now() - this.started < STEP_MS) return false;
    this.started = performance.now();
    return true;
  }
}

type Failure = Extract<VerifyResult, { ok: false }>;

/**
 * Checks every audited record against the newest entry that hashed it, one page of records at a time, looking the
 * entry up by the (entity, entity_id, seq) index: memory stays bounded whatever the number of records (a map of
 * every record's latest hash held 2.5 million entries at ten years). Yields when its step's time is up.
 */
export function* verifyRecords(sqlite: Sqlite, count: number, step: StepClock): Generator<void, Failure | null, void> {
  const latest = sqlite.prepare(
    `select row_hash from audit_log where entity = ? and entity_id = ? and row_hash is not null
     order by seq desc limit 1`,
  );
  // A record another counter changed last (issue 15) carries the hash of the state its event brought.
  const synced = sqlite.prepare('select row_hash from sync_records where entity = ? and entity_id = ?');
  const specs: [string, AuditedEntity][] = Object.entries(auditedEntities);
  for (const [entity, spec] of specs) {
    const config = getTableConfig(spec.table);
    const keyColumn = (spec.key as { name: string }).name;
    const columns = config.columns.map((c) => `"${c.name}" as "${jsKey(spec.table, c.name)}"`);
    const select = `select ${columns.join(', ')} from "${config.name}"`;
    const first = sqlite.prepare(`${select} order by "${keyColumn}" limit ${PAGE}`);
    const next = sqlite.prepare(`${select} where "${keyColumn}" > ? order by "${keyColumn}" limit ${PAGE}`);
    let after: unknown = null;
    for (;;) {
      const records = (after === null ? first.all() : next.all(after)) as Record<string, unknown>[];
      for (const record of records) {
        const id = String(record[spec.keyName]);
        const logged = latest.pluck().get(entity, id) as string | undefined;
        const fromPeer = synced.pluck().get(entity, id) as string | null | undefined;
        if (!logged && !fromPeer)
          return { ok: false, count, reasonKey: 'audit.recordWithoutEntry', entity, entityId: id };
        const key = spec.keyed?.length ? recordKey(sqlite, entity, id) : null;
        const hash = rowHash(auditedRow(normalise(spec.table, record), spec, key));
        if (hash !== logged && hash !== fromPeer)
          return { ok: false, count, reasonKey: 'audit.recordChanged', entity, entityId: id };
        if (step.due()) yield;
      }
      if (records.length < PAGE) break;
      after = (records[records.length - 1] as Record<string, unknown>)[spec.keyName];
    }
    // The writer never deletes; a record the log knows of that is gone was removed outside it.
    const logged = sqlite.prepare(
      `select entity_id from audit_log where entity = ? and entity_id > ? and row_hash is not null
       group by entity_id order by entity_id limit ${PAGE}`,
    );
    const exists = sqlite.prepare(`select 1 from "${config.name}" where "${keyColumn}" = ?`);
    let afterId = '';
    for (;;) {
      const ids = logged.pluck().all(entity, afterId) as string[];
      for (const entityId of ids) {
        if (!exists.get(entityId)) return { ok: false, count, reasonKey: 'audit.recordMissing', entity, entityId };
        if (step.due()) yield;
      }
      if (ids.length < PAGE) break;
      afterId = ids[ids.length - 1] as string;
      if (step.due()) yield;
    }
  }
  return null;
}

/** One audited record as `verifyRecords` reads it (TypeScript keys, drizzle's value mapping); undefined if gone. */
export function readAuditedRecord(
  sqlite: Sqlite,
  spec: AuditedEntity,
  id: string,
): Record<string, unknown> | undefined {
  const config = getTableConfig(spec.table);
  const keyColumn = (spec.key as { name: string }).name;
  const columns = config.columns.map((c) => `"${c.name}" as "${jsKey(spec.table, c.name)}"`);
  const record = sqlite.prepare(`select ${columns.join(', ')} from "${config.name}" where "${keyColumn}" = ?`).get(id);
  return record ? normalise(spec.table, record as Record<string, unknown>) : undefined;
}

/** Maps a snake_case column name back to the table's TypeScript key. */
function jsKey(table: object, columnName: string): string {
  for (const [key, col] of Object.entries(table)) {
    if (col && typeof col === 'object' && 'name' in col && (col as { name: string }).name === columnName) return key;
  }
  return columnName;
}

/** Applies the same value mapping drizzle applies on select (booleans, JSON), so hashes compare like for like. */
function normalise(table: object, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const col = (table as Record<string, { mapFromDriverValue?: (v: unknown) => unknown }>)[key];
    out[key] = value != null && col?.mapFromDriverValue ? col.mapFromDriverValue(value) : value;
  }
  return out;
}
