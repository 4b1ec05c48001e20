import type { Sqlite } from '../../../db/open';
import { auditLog, clerks } from '../../../db/schema';
import { query, tableRef } from '../../../db/sql';
import type { AuditAction } from '../../../shared/contract/core-fields';

/** One entry of the log as stored, with the clerk's name; `changes` parsed. */
export interface AuditEntry {
  seq: number;
  at: number;
  clerkName: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  /** For a create the whole record; for an update { field: [before, after] }; for an event what it notes. */
  changes: Record<string, unknown>;
  note: string | null;
}

const a = tableRef(auditLog, 'a');
const c = tableRef(clerks, 'c');
const entriesOf = query(
  { ...a.pick('seq', 'at', 'entity', 'entityId', 'action', 'changes', 'note'), clerkName: c.nullableCol('name') },
  (list) =>
    `select ${list} from ${a.from} left join ${c.from} on ${c.c.id} = ${a.c.clerkId}
     where ${a.c.entity} = ? and ${a.c.entityId} = ? order by ${a.c.seq}`,
);

/** Every entry about one record, oldest first, with the clerk's name. */
export function auditHistory(sqlite: Sqlite, entity: string, entityId: string): AuditEntry[] {
  return entriesOf.all(sqlite, entity, entityId).map((row) => ({ ...row, changes: parseChanges(row.changes) }));
}

function parseChanges(json: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(json);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
}
