import { getTableConfig } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from '../../../db/open';
import type { VerifyResult } from '../../../shared/contract/audit';
import { type AuditedEntity, auditedEntities } from './entities';
import { auditedRow, type EntryContent, entryHash, GENESIS_HASH, rowHash } from './hash';

interface AuditRow extends EntryContent {
  prevHash: string;
  hash: string;
}

/**
 * Walks the chain from the first entry and names the first broken link; then checks that every audited
 * record is exactly what its newest entry says, which catches edits made with raw SQL outside the writer.
 */
export function verifyAuditChain(sqlite: Sqlite, expectedHead?: { count: number; hashPrefix: string }): VerifyResult {
  const rows = sqlite
    .prepare(
      `select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId, action, changes,
              note, row_hash as rowHash, prev_hash as prevHash, hash from audit_log order by seq`,
    )
    .iterate() as IterableIterator<AuditRow>;
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let headAtExpected: string | null = null;
  const latestRowHash = new Map<string, string>();
  for (const row of rows) {
    const { prevHash, hash, ...content } = row;
    if (row.seq !== expectedSeq) return { ok: false, count, reasonKey: 'audit.gap', seq: expectedSeq };
    if (prevHash !== prev) return { ok: false, count, reasonKey: 'audit.brokenLink', seq: row.seq };
    if (entryHash(prevHash, content) !== hash)
      return { ok: false, count, reasonKey: 'audit.entryAltered', seq: row.seq };
    if (row.rowHash) latestRowHash.set(`${row.entity}\u0000${row.entityId}`, row.rowHash);
    prev = hash;
    expectedSeq += 1;
    count += 1;
    if (expectedHead && count === expectedHead.count) headAtExpected = hash;
  }
  if (expectedHead) {
    if (count < expectedHead.count) return { ok: false, count, reasonKey: 'audit.shorterThanPrinted' };
    if (!headAtExpected?.startsWith(expectedHead.hashPrefix.toLowerCase()))
      return { ok: false, count, reasonKey: 'audit.headMismatch', seq: expectedHead.count };
  }
  for (const [entity, spec] of Object.entries(auditedEntities)) {
    const config = getTableConfig(spec.table);
    const columns = config.columns.map((c) => `"${c.name}" as "${jsKey(spec.table, c.name)}"`);
    const records = sqlite.prepare(`select ${columns.join(', ')} from "${config.name}"`).iterate();
    for (const record of records as IterableIterator<Record<string, unknown>>) {
      const id = String(record[spec.keyName]);
      const key = `${entity}\u0000${id}`;
      const logged = latestRowHash.get(key);
      if (!logged) return { ok: false, count, reasonKey: 'audit.recordWithoutEntry', entity, entityId: id };
      if (rowHash(auditedRow(normalise(spec.table, record), spec as AuditedEntity)) !== logged)
        return { ok: false, count, reasonKey: 'audit.recordChanged', entity, entityId: id };
      latestRowHash.delete(key);
    }
  }
  // The writer never deletes; a record the log knows of that is gone was removed outside it.
  for (const key of latestRowHash.keys()) {
    const [entity, entityId] = key.split('\u0000') as [string, string];
    if (entity in auditedEntities) return { ok: false, count, reasonKey: 'audit.recordMissing', entity, entityId };
  }
  return { ok: true, count, head: prev };
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
