import type { Sqlite } from '../../../db/open';
import type { HeadSource } from '../../../shared/contract/audit';
import { readHeadFile } from './head-file';

/** A head of the chain recorded somewhere: the chain must have had exactly this hash after `count` entries. */
export interface StoredHead {
  count: number;
  head: string;
  source: HeadSource;
}

/**
 * Every head the desk has recorded: on each handover sheet, with each backup (the copy's head, noted in the log when
 * it was written), and in the head file beside the backups. A consistent rewrite of the chain, or the newest
 * entries deleted with their records, verifies on its own; it no longer matches these.
 */
export function storedHeads(sqlite: Sqlite, headFile: string | null): StoredHead[] {
  const heads: StoredHead[] = [];
  const handovers = sqlite
    .prepare('select serial_no as serial, audit_count as count, audit_head as head from handovers')
    .all() as { serial: string; count: number; head: string }[];
  for (const h of handovers)
    if (h.count > 0) heads.push({ count: h.count, head: h.head, source: { kind: 'handover', name: h.serial } });
  const backups = sqlite
    .prepare("select entity_id as name, changes from audit_log where entity = 'backup' and note like 'backup %'")
    .all() as { name: string; changes: string }[];
  for (const b of backups) {
    const changes: unknown = JSON.parse(b.changes);
    const { auditCount, auditHead } = (changes ?? {}) as { auditCount?: unknown; auditHead?: unknown };
    if (typeof auditCount === 'number' && typeof auditHead === 'string' && auditCount > 0)
      heads.push({ count: auditCount, head: auditHead, source: { kind: 'backup', name: b.name } });
  }
  const file = headFile ? readHeadFile(headFile) : null;
  if (file && file.count > 0)
    heads.push({ count: file.count, head: file.head, source: { kind: 'headFile', name: '' } });
  return heads.sort((a, b) => a.count - b.count);
}
