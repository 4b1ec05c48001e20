import type { Sqlite } from '../../../db/open';
import { auditedEntities } from '../entities';
import { auditedRow, type EntryContent, entryHash, GENESIS_HASH, rowHash } from './hash';
import { recordKey } from './record-keys';
import { attestedScrub } from './scrub';
import { readAuditedRecord } from './verify-records';

interface EntryRow extends EntryContent {
  prevHash: string;
  hash: string;
}

const ENTRY = `select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId, action,
  changes, note, row_hash as rowHash, prev_hash as prevHash, hash from audit_log`;

/**
 * What a record's own screen warns of: the first reason (an i18n key under `audit.`) its entries or its row fail
 * the audit check, or null when they verify. Looks only at this record's entries and their neighbours in the chain,
 * so it answers at once on any size of log; the whole chain is checked in settings.
 */
export function recordAuditProblem(sqlite: Sqlite, entity: string, entityId: string): string | null {
  const spec = (auditedEntities as Record<string, (typeof auditedEntities)[keyof typeof auditedEntities]>)[entity];
  if (!spec) return null;
  const entries = sqlite
    .prepare(`${ENTRY} where entity = ? and entity_id = ? order by seq`)
    .all(entity, entityId) as EntryRow[];
  const hashAt = sqlite.prepare('select hash from audit_log where seq = ?').pluck();
  const prevAt = sqlite.prepare('select prev_hash from audit_log where seq = ?').pluck();
  for (const entry of entries) {
    const { prevHash, hash, ...content } = entry;
    const computed = entryHash(prevHash, content);
    if (computed !== hash && !attestedScrub(sqlite, entry.seq, computed)) return 'audit.entryAltered';
    const before = entry.seq === 1 ? GENESIS_HASH : (hashAt.get(entry.seq - 1) as string | undefined);
    if (before === undefined) return 'audit.gap';
    if (before !== prevHash) return 'audit.brokenLink';
    const next = prevAt.get(entry.seq + 1) as string | undefined;
    if (next !== undefined && next !== hash) return 'audit.brokenLink';
  }
  const record = readAuditedRecord(sqlite, spec, entityId);
  const logged = [...entries].reverse().find((e) => e.rowHash !== null)?.rowHash ?? null;
  const fromPeer = sqlite
    .prepare('select row_hash from sync_records where entity = ? and entity_id = ?')
    .pluck()
    .get(entity, entityId) as string | null | undefined;
  if (!record) return logged ? 'audit.recordMissing' : null;
  if (!logged && !fromPeer) return 'audit.recordWithoutEntry';
  const key = spec.keyed?.length ? recordKey(sqlite, entity, entityId) : null;
  const now = rowHash(auditedRow(record, spec, key));
  if (now !== logged && now !== fromPeer) return 'audit.recordChanged';
  return null;
}
