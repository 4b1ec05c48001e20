import { randomBytes } from 'node:crypto';
import type { Sqlite } from '../../../db/open';

/**
 * The per-record keys of keyed digests in the log (db/schema/audit.ts, audit_record_keys). null: the record has no
 * key (written before keyed digests, or its entity keys nothing); an empty Buffer: its key was erased.
 */
export function recordKey(sqlite: Sqlite, entity: string, entityId: string): Buffer | null {
  const stored = sqlite
    .prepare('select key from audit_record_keys where entity = ? and entity_id = ?')
    .pluck()
    .get(entity, entityId) as string | undefined;
  return stored === undefined ? null : Buffer.from(stored, 'base64');
}

/** A new random key for a record (a new record, or one whose erased key must digest a new value), stored and returned. */
export function newRecordKey(sqlite: Sqlite, entity: string, entityId: string, now: number): Buffer {
  const key = randomBytes(32);
  sqlite
    .prepare(
      `insert into audit_record_keys (entity, entity_id, key, created_at, erased_at) values (?, ?, ?, ?, null)
       on conflict (entity, entity_id) do update set key = excluded.key, created_at = excluded.created_at,
       erased_at = null`,
    )
    .run(entity, entityId, key.toString('base64'), now);
  return key;
}

/**
 * Erases a record's key for good (retention): the digests the log holds under it can then be tested against
 * guessed values by nobody. The row stays, marked erased; call it after the write that emptied the keyed values.
 */
export function eraseRecordKey(sqlite: Sqlite, entity: string, entityId: string, now: number): void {
  sqlite
    .prepare("update audit_record_keys set key = '', erased_at = ? where entity = ? and entity_id = ?")
    .run(now, entity, entityId);
}
