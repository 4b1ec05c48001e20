import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import { newId } from '../ids';
import { type EntryContent, entryHash, GENESIS_HASH } from './hash';

export interface NewEntry {
  at: number;
  clerkId: string | null;
  shiftId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'void' | 'status' | 'login' | 'event';
  changes: Record<string, unknown>;
  note?: string | null;
  rowHash?: string | null;
}

const SQL = {
  head: 'select seq, hash from audit_log order by seq desc limit 1',
  insert: `insert into audit_log (seq, id, at, clerk_id, shift_id, entity, entity_id, action, changes, note, row_hash, prev_hash, hash)
    values (@seq, @id, @at, @clerkId, @shiftId, @entity, @entityId, @action, @changes, @note, @rowHash, @prevHash, @hash)`,
} as const;

/** Statements come from the connection's one statement cache (db/statement-cache.ts), keyed by their SQL text. */
function statement(sqlite: Sqlite, name: keyof typeof SQL): Statement {
  return sqlite.prepare(SQL[name]);
}

/** Appends one entry to the chain. Must run inside the caller's write transaction. */
export function appendAuditEntry(sqlite: Sqlite, entry: NewEntry): { seq: number; hash: string } {
  const head = statement(sqlite, 'head').get() as { seq: number; hash: string } | undefined;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const content: EntryContent = {
    seq: (head?.seq ?? 0) + 1,
    id: newId(),
    at: entry.at,
    clerkId: entry.clerkId,
    shiftId: entry.shiftId,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    changes: JSON.stringify(entry.changes),
    note: entry.note ?? null,
    rowHash: entry.rowHash ?? null,
  };
  const hash = entryHash(prevHash, content);
  statement(sqlite, 'insert').run({ ...content, prevHash, hash });
  return { seq: content.seq, hash };
}

export function auditHead(sqlite: Sqlite): { count: number; head: string } {
  const head = statement(sqlite, 'head').get() as { seq: number; hash: string } | undefined;
  return { count: head?.seq ?? 0, head: head?.hash ?? GENESIS_HASH };
}
