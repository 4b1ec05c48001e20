import { createHmac, randomBytes } from 'node:crypto';
import { getTableName } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { auditedEntities } from '../entities';
import { write } from '../write';
import type { AuditedEntity } from './entity';
import { auditedRow, type EntryContent, entryHash, redactedValue, rowHash } from './hash';
import { auditHead } from './log';
import { applyScrubs, attestedScrub, type PlannedScrub, SCRUB_ATTESTATION, scrubAttestation } from './scrub';
import { readAuditedRecord } from './verify-records';

/**
 * Re-keying the digests of keyed columns (a visitor's phone) that records written before per-record keys
 * (migration 0030) still hold in the log in the older plain form: `redacted:` and 12 hex characters of an unsalted
 * SHA-256, which anyone holding the data file can test against every mobile number. Each such record gets its key
 * (audit_record_keys) and every entry of it is rewritten to the keyed form, the way a customer's erasure rewrites
 * entries (audit/scrub.ts): an entry's `hash` and `prev_hash` stay, so every link and every recorded head (handover
 * sheets, backups, the head file) still hold; the job's own entry, appended after the entries it rewrites, names the
 * hash of each one's new content and `audit_scrubs` points from the entry to it. The chain check, the record check
 * and the backup worker accept a changed entry only so (`attestedScrub`), and migration 0044's trigger lets nothing
 * else of the log change.
 *
 * What each plain digest becomes:
 * - a record whose keyed columns are empty now (anonymised by retention, erased at a customer's request, or never
 *   given) gets an erased key (nothing is digested under it; a value written later gets a fresh key, as write.ts
 *   does) and every digest of an earlier value becomes `redacted:k:erased`: the number is gone from the log;
 * - otherwise the record gets a new random key; the digest of its current value becomes that value's HMAC under the
 *   key (what the writer writes now), and the digest of an earlier value (changed since, so not known) becomes the
 *   HMAC of that digest under the key: still one digest per number, found by nobody once retention erases the key.
 * Row hashes hashed the record with the plain digest: only the newest is kept, recomputed under the key (the record
 * as it is now); older ones are dropped, since with the rest of each state readable in the entries a state's hash
 * gives the number away as the plain digest does.
 *
 * A record is left as it is (counted as skipped) when one of its entries neither hashes to its `hash` nor is
 * attested, or when the record is not what its newest entry hashed (changed outside the writer, or last changed
 * by another counter): attesting those would hide what the checks must report.
 */

/** The one-off job migration 0050 asks for (a row in `data_jobs`). */
export const REKEY_JOB = 'audit_phone_rekey';
/**
 * Records re-keyed per transaction, attested by one entry. About 1 ms a record on the test machine under load (2,000
 * old visits: 2.3 s in all, the longest batch of 50 took 127 ms): 20 keep a batch near 50 ms, as retention's do.
 */
const REKEY_BATCH = 20;
/** The entity and id of the job's entries (no record: the log itself). */
export const REKEY_ENTITY = 'audit';
export const REKEY_ENTITY_ID = 'recordKeys';

const PLAIN_DIGEST = /^redacted:[0-9a-f]{12}$/;

interface EntryRow extends EntryContent {
  prevHash: string;
  hash: string;
}

const ENTRY = `select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId, action,
  changes, note, row_hash as rowHash, prev_hash as prevHash, hash from audit_log`;

export function rekeyJobPending(ctx: ServiceContext): boolean {
  const row = ctx.sqlite.prepare('select done_at from data_jobs where name = ?').get(REKEY_JOB) as
    | { done_at: number | null }
    | undefined;
  return row !== undefined && row.done_at === null;
}

/** The entities with keyed columns. */
function keyedEntities(): [string, AuditedEntity][] {
  return Object.entries(auditedEntities as Record<string, AuditedEntity>).filter(([, spec]) => spec.keyed?.length);
}

/** What one plain digest of `column` becomes under `key` (an empty key: erased), given the record as it is now. */
function rekeyedValue(value: unknown, current: unknown, key: Buffer): unknown {
  if (typeof value !== 'string' || !PLAIN_DIGEST.test(value)) return value;
  if (value === redactedValue('', null)) return '';
  if (key.length === 0) return 'redacted:k:erased';
  if (current != null && value === redactedValue(current, null)) return redactedValue(current, key);
  return `redacted:k:${createHmac('sha256', key).update(value).digest('hex').slice(0, 16)}`;
}

/** An entry's changes with every plain digest of the keyed columns re-keyed; the same text when nothing changes. */
function rekeyedChanges(
  changes: string,
  keyed: readonly string[],
  record: Record<string, unknown>,
  key: Buffer,
): string {
  const parsed = JSON.parse(changes) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return changes;
  const out: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  let changed = false;
  for (const column of keyed) {
    if (!(column in out)) continue;
    const value = out[column];
    const next = Array.isArray(value)
      ? value.map((v) => rekeyedValue(v, record[column], key))
      : rekeyedValue(value, record[column], key);
    if (JSON.stringify(next) !== JSON.stringify(value)) {
      out[column] = next;
      changed = true;
    }
  }
  return changed ? JSON.stringify(out) : changes;
}

/**
 * The rewritten entries of one record and its new key, or null when it is left as it is (see above). Reads only;
 * the caller writes both once the attesting entry is in the chain.
 */
function planRecord(
  ctx: ServiceContext,
  entity: string,
  spec: AuditedEntity,
  id: string,
): { planned: PlannedScrub[]; key: Buffer } | null {
  const { sqlite } = ctx;
  const record = readAuditedRecord(sqlite, spec, id);
  if (!record) return null;
  const entries = sqlite
    .prepare(`${ENTRY} where entity = ? and entity_id = ? order by seq`)
    .all(entity, id) as EntryRow[];
  const newest = [...entries].reverse().find((e) => e.rowHash !== null);
  if (!newest || rowHash(auditedRow(record, spec, null)) !== newest.rowHash) return null;
  const keyed = spec.keyed ?? [];
  const cleared = keyed.every((column) => record[column] == null || record[column] === '');
  const key = cleared ? Buffer.alloc(0) : randomBytes(32);
  const planned: PlannedScrub[] = [];
  for (const entry of entries) {
    const { prevHash, hash, ...content } = entry;
    const now = entryHash(prevHash, content);
    if (now !== hash && !attestedScrub(sqlite, entry.seq, now)) return null;
    const rekeyed: EntryContent = {
      ...content,
      changes: rekeyedChanges(content.changes, keyed, record, key),
      rowHash: entry.seq === newest.seq ? rowHash(auditedRow(record, spec, key)) : null,
    };
    if (rekeyed.changes === content.changes && rekeyed.rowHash === content.rowHash) continue;
    planned.push({
      seq: entry.seq,
      changes: rekeyed.changes,
      note: rekeyed.note,
      rowHash: rekeyed.rowHash,
      contentHash: entryHash(prevHash, rekeyed),
    });
  }
  return { planned, key };
}

interface Step {
  last: string | null;
  rekeyed: number;
  entries: number;
  skipped: number;
}

/**
 * One batch: up to `limit` records of `entity` without a key after key `after`, re-keyed in one transaction with
 * the entry that attests them (audit / recordKeys, note 'rekeyed', with the counts).
 */
function batch(ctx: ServiceContext, entity: string, spec: AuditedEntity, after: string, limit: number): Step {
  const column = spec.key.name;
  const ids = ctx.sqlite
    .prepare(
      `select "${column}" from "${getTableName(spec.table)}" t where "${column}" > ? and not exists
         (select 1 from audit_record_keys k where k.entity = ? and k.entity_id = t."${column}")
       order by 1 limit ?`,
    )
    .pluck()
    .all(after, entity, limit) as string[];
  const last = ids.length < limit ? null : (ids[ids.length - 1] as string);
  if (ids.length === 0) return { last, rekeyed: 0, entries: 0, skipped: 0 };
  return write(ctx, null, (tx) => {
    const planned: PlannedScrub[] = [];
    const keys: { id: string; key: Buffer }[] = [];
    for (const id of ids) {
      const plan = planRecord(ctx, entity, spec, id);
      if (!plan) continue;
      planned.push(...plan.planned);
      keys.push({ id, key: plan.key });
    }
    const store = ctx.sqlite.prepare(
      `insert into audit_record_keys (entity, entity_id, key, created_at, erased_at) values (?, ?, ?, ?, ?)`,
    );
    for (const { id, key } of keys)
      store.run(entity, id, key.toString('base64'), tx.now, key.length === 0 ? tx.now : null);
    if (planned.length > 0) {
      tx.event(REKEY_ENTITY, REKEY_ENTITY_ID, 'rekeyed', {
        records: keys.length,
        [SCRUB_ATTESTATION]: scrubAttestation(planned),
      });
      applyScrubs(ctx.sqlite, planned, auditHead(ctx.sqlite).count);
    }
    return { last, rekeyed: keys.length, entries: planned.length, skipped: ids.length - keys.length };
  });
}

export interface RekeyOutcome {
  /** Records that got their key, their entries rewritten. */
  rekeyed: number;
  /** Entries rewritten (attested). */
  entries: number;
  /** Records left in the older form: an entry or the record does not verify (the chain check reports it). */
  skipped: number;
}

/**
 * The whole job, batch after batch, yielding between batches when `yieldBetween` is given. At the end it is marked
 * done and audited in one transaction (audit / recordKeys, note 'rekeyDone', with the counts) when there was a record
 * to look at, and the write-ahead log is emptied into the file (where secure_delete zeroes freed pages), so neither
 * file keeps the plain digests. A stop between batches goes on at the next start from the first record without a
 * key. Does nothing once done.
 */
export async function rekeyAuditDigests(
  ctx: ServiceContext,
  yieldBetween: (() => Promise<boolean>) | null = null,
  limit = REKEY_BATCH,
): Promise<RekeyOutcome | null> {
  if (!rekeyJobPending(ctx)) return null;
  const total: RekeyOutcome = { rekeyed: 0, entries: 0, skipped: 0 };
  for (const [entity, spec] of keyedEntities()) {
    let after: string | null = '';
    while (after !== null) {
      if (yieldBetween && !(await yieldBetween())) return null;
      const step = batch(ctx, entity, spec, after, limit);
      total.rekeyed += step.rekeyed;
      total.entries += step.entries;
      total.skipped += step.skipped;
      after = step.last;
    }
  }
  write(ctx, null, (tx) => {
    if (total.rekeyed + total.skipped > 0) tx.event(REKEY_ENTITY, REKEY_ENTITY_ID, 'rekeyDone', { ...total });
    ctx.sqlite
      .prepare('update data_jobs set done_at = ?, changed = ? where name = ?')
      .run(ctx.clock.now(), total.rekeyed, REKEY_JOB);
  });
  if (total.entries > 0) ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return total;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** As the running desk does it: just after start, one batch per turn of the event loop, stopping when asked. */
export function scheduleAuditRekey(
  context: () => ServiceContext | null,
  log: (error: unknown) => void = console.error,
): { stop(): void; idle(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> | null = null;
  const first = setTimeout(() => {
    const ctx = context();
    if (!ctx || stopped) return;
    running = rekeyAuditDigests(ctx, async () => {
      await nextTurn();
      return !stopped && context() === ctx && ctx.sqlite.open;
    }).catch(log);
  }, 0);
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
    },
    async idle() {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      await running;
    },
  };
}
