import { createHash, createHmac } from 'node:crypto';
import Database from 'better-sqlite3';
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

/** A slice of the mobile number space around the tests' numbers (20,000 numbers), as an attacker tries them. */
export const CANDIDATES = Array.from({ length: 20_000 }, (_, i) => String(13812340000 + i));

/** Every digest of a phone the visits' entries hold, as an attacker reads them from the data file. */
export function phoneDigests(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const out: string[] = [];
    for (const changes of db
      .prepare("select changes from audit_log where entity = 'visits'")
      .pluck()
      .all() as string[]) {
      const phone = (JSON.parse(changes) as { phone?: unknown }).phone;
      for (const v of Array.isArray(phone) ? phone : [phone])
        if (typeof v === 'string' && v.startsWith('redacted:')) out.push(v);
    }
    return out;
  } finally {
    db.close();
  }
}

/** Every key the data file holds: record keys not erased and the installation's secrets. */
export function keysInFile(file: string): Buffer[] {
  const db = new Database(file, { readonly: true });
  try {
    const recordKeys = db.prepare("select key from audit_record_keys where key <> ''").pluck().all() as string[];
    const secrets = db.prepare('select value from reception_secrets').pluck().all() as string[];
    return [...recordKeys, ...secrets].map((k) => Buffer.from(k, 'base64'));
  } finally {
    db.close();
  }
}

/**
 * Tries every candidate against every digest: plain, and under every key the file holds, of the number and of its
 * plain digest (what an earlier number is re-keyed as, audit/rekey.ts). Returns the numbers found, sorted.
 */
export function bruteForce(file: string): string[] {
  const digests = new Set(phoneDigests(file));
  const keys = keysInFile(file);
  const found = new Set<string>();
  for (const phone of CANDIDATES) {
    if (digests.has(plain(phone))) found.add(phone);
    for (const key of keys)
      if (digests.has(`redacted:k:${hmac(key, phone)}`) || digests.has(`redacted:k:${hmac(key, plain(phone))}`))
        found.add(phone);
  }
  return [...found].sort();
}
