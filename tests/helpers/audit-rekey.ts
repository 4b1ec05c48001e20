import { createHash, createHmac } from 'node:crypto';
import { auditedRow, entryHash, rowHash } from '../../electron/services/audit/hash';
import type { ServiceContext } from '../../electron/services/context';
import { auditedEntities } from '../../electron/services/entities';

/** A phone as the log digested it before per-visit keys (0030). */
export const plain = (v: string) => `redacted:${createHash('sha256').update(v).digest('hex').slice(0, 12)}`;
export const hmac = (key: Buffer, v: string) => createHmac('sha256', key).update(v).digest('hex').slice(0, 16);
const visitsSpec = auditedEntities.visits;

/**
 * The log as a desk before 0030 wrote it: the visits' entries digest the phone the plain way (`phones`: every number
 * they held), their row hashes hash that form (from the state each entry kept), the visits have no key, and every
 * entry's hash is what the writer of the time computed. Only for a new file with no recorded head.
 */
export function asWrittenBeforeKeys(ctx: ServiceContext, ids: readonly string[], phones: readonly string[]): void {
  const { sqlite } = ctx;
  const trigger = sqlite
    .prepare("select sql from sqlite_master where type = 'trigger' and name = 'audit_log_no_update'")
    .pluck()
    .get() as string;
  const keyOf = sqlite.prepare("select key from audit_record_keys where entity = 'visits' and entity_id = ?").pluck();
  const older = new Map<string, string>([['', plain('')]]);
  for (const id of ids) {
    const key = Buffer.from(keyOf.get(id) as string, 'base64');
    for (const phone of phones) older.set(`redacted:k:${hmac(key, phone)}`, plain(phone));
  }
  const wanted = new Set(ids);
  const entries = sqlite
    .prepare(
      `select a.seq, a.id, a.at, a.clerk_id as clerkId, a.shift_id as shiftId, a.entity, a.entity_id as entityId,
         a.action, a.changes, a.note, a.row_hash as rowHash, s.state
       from audit_log a left join sync_event_states s on s.seq = a.seq order by a.seq`,
    )
    .all() as ({ state: string | null } & Parameters<typeof entryHash>[1])[];
  sqlite.transaction(() => {
    sqlite.exec('drop trigger audit_log_no_update');
    const update = sqlite.prepare(
      'update audit_log set changes = ?, row_hash = ?, prev_hash = ?, hash = ? where seq = ?',
    );
    let prev = '0'.repeat(64);
    for (const { state, ...entry } of entries) {
      const content = { ...entry };
      if (entry.entity === 'visits' && wanted.has(entry.entityId)) {
        const changes = JSON.parse(entry.changes) as Record<string, unknown>;
        const back = (v: unknown) => (typeof v === 'string' && older.has(v) ? older.get(v) : v);
        if ('phone' in changes)
          changes.phone = Array.isArray(changes.phone) ? changes.phone.map(back) : back(changes.phone);
        content.changes = JSON.stringify(changes);
        if (entry.rowHash !== null && state)
          content.rowHash = rowHash(auditedRow(JSON.parse(state) as Record<string, unknown>, visitsSpec, null));
      }
      const hash = entryHash(prev, content);
      update.run(content.changes, content.rowHash, prev, hash, entry.seq);
      prev = hash;
    }
    sqlite.exec(trigger);
    for (const id of ids)
      sqlite.prepare("delete from audit_record_keys where entity = 'visits' and entity_id = ?").run(id);
  })();
}
