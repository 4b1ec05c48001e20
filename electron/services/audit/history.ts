import type { Sqlite } from '../../../db/open';
import type { AuditEntryView } from '../../../shared/contract/audit';

/** Every entry about one record, oldest first, with the clerk's name. */
export function auditHistory(sqlite: Sqlite, entity: string, entityId: string): AuditEntryView[] {
  const rows = sqlite
    .prepare(
      `select a.seq, a.at, c.name as clerkName, a.entity, a.entity_id as entityId, a.action, a.changes, a.note
       from audit_log a left join clerks c on c.id = a.clerk_id
       where a.entity = ? and a.entity_id = ? order by a.seq`,
    )
    .all(entity, entityId) as (Omit<AuditEntryView, 'changes'> & { changes: string })[];
  return rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) }));
}
