import { Worker } from 'node:worker_threads';
import type { VerifyResult } from '../../../shared/contract/audit';
import { GENESIS_HASH } from '../audit/hash';
import { PAGE } from '../audit/verify-records';
import { type EntityPlan, verificationPlan } from './verify-plan';

/** A head of the chain verified and recorded earlier: the entry `count` had hash `head`. */
export interface VerifiedHead {
  count: number;
  head: string;
}

export type FileCheck = { ok: false; reasonKey: 'backup.integrity' | 'backup.unreadable' } | VerifyResult;

/**
 * The checks of a backup copy, in a worker thread on its own read-only connection, so that neither
 * `integrity_check` (minutes at ten years) nor the audit verification holds the main thread. The hashing repeats
 * `entryHash`, `canonicalJson`, `auditedRow` and `rowHash` of electron/services/audit/hash.ts in plain JavaScript
 * (a worker started from a string cannot import TypeScript); tests run both over the same files and compare.
 *
 * With `from` the chain is checked from that recorded head on (its entry must still have the recorded hash), and
 * only the records that entries after it wrote are compared with the log; without it, the whole log and every record.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash, createHmac } = require('node:crypto');
const Database = require(workerData.modulePath);
const { file, nativeBinding, integrity, from, plans, page, genesis } = workerData;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const canonicalJson = (value) => JSON.stringify(value, (_key, v) =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
    : v);
const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });

// Keys of keyed digests (audit/record-keys.ts); a copy made before they existed has none.
const hasKeys = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_record_keys'").get();
const keyOf = hasKeys ? db.prepare('select key from audit_record_keys where entity = ? and entity_id = ?').pluck() : null;
// The same as redactedValue in audit/hash.ts.
function redact(v, key) {
  if (v == null) return v;
  if (!key) return 'redacted:' + sha256(String(v)).slice(0, 12);
  if (v === '') return v;
  if (key.length === 0) return 'redacted:k:erased';
  return 'redacted:k:' + createHmac('sha256', key).update(String(v)).digest('hex').slice(0, 16);
}

function recordHash(plan, row) {
  let key = null;
  if (plan.keyed.length > 0 && keyOf) {
    const stored = keyOf.get(plan.entity, String(row[plan.keyColumn]));
    if (stored !== undefined) key = Buffer.from(stored, 'base64');
  }
  const out = {};
  for (const c of plan.columns) {
    let v = row[c.name];
    if (v != null && c.map === 'boolean') v = Number(v) === 1;
    else if (v != null && c.map === 'json') v = JSON.parse(v);
    const k = c.key;
    if (plan.unaudited.includes(k)) continue;
    if (k in plan.addedLater && (v ?? null) === plan.addedLater[k]) continue;
    out[k] = plan.redacted.includes(k) ? redact(v, plan.keyed.includes(k) ? key : null) : v;
  }
  return sha256(canonicalJson(out));
}

// The same as attestedScrub in audit/scrub.ts: an entry a customer's erasure blanked hashes to what the later
// erasure entry (itself intact) names for it. A copy made before erasures existed has no audit_scrubs.
const hasScrubs = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_scrubs'").get();
let lastAttesting = null;
function attested(seq, computed) {
  if (!hasScrubs) return false;
  const scrub = db.prepare('select erasure_seq as erasureSeq, content_hash as contentHash from audit_scrubs where seq = ?').get(seq);
  if (!scrub || scrub.erasureSeq <= seq || scrub.contentHash !== computed) return false;
  const erasure = db.prepare('select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId,'
    + ' action, changes, note, row_hash as rowHash, prev_hash as prevHash, hash from audit_log where seq = ?').get(scrub.erasureSeq);
  if (!erasure) return false;
  // The attesting entry last found intact is not hashed and parsed again (a re-key attests hundreds with one entry).
  const same = lastAttesting && Object.keys(erasure).every((k) => erasure[k] === lastAttesting.row[k]);
  if (same) return lastAttesting.attested[String(seq)] === computed;
  const { prevHash, hash, ...content } = erasure;
  if (sha256(prevHash + '|' + canonicalJson(content)) !== hash) return false;
  let attestedList;
  try { attestedList = JSON.parse(content.changes).scrubbed || {}; } catch { return false; }
  lastAttesting = { row: erasure, attested: attestedList };
  return attestedList[String(seq)] === computed;
}

function chain() {
  const next = db.prepare('select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId,'
    + ' action, changes, note, row_hash as rowHash, prev_hash as prevHash, hash from audit_log'
    + ' where seq > ? order by seq limit ' + page);
  let prev = genesis, expectedSeq = 1, count = 0;
  if (from && from.count > 0) {
    const at = db.prepare('select hash from audit_log where seq = ?').pluck().get(from.count);
    if (at === undefined) return { ok: false, count: 0, reasonKey: 'audit.shorterThanPrinted' };
    if (at !== from.head) return { ok: false, count: 0, reasonKey: 'audit.headMismatch', seq: from.count };
    prev = from.head; expectedSeq = from.count + 1; count = from.count;
  }
  let after = count;
  for (;;) {
    const rows = next.all(after);
    for (const row of rows) {
      const { prevHash, hash, ...content } = row;
      if (row.seq !== expectedSeq) return { ok: false, count, reasonKey: 'audit.gap', seq: expectedSeq };
      if (prevHash !== prev) return { ok: false, count, reasonKey: 'audit.brokenLink', seq: row.seq };
      const computed = sha256(prevHash + '|' + canonicalJson(content));
      if (computed !== hash && !attested(row.seq, computed))
        return { ok: false, count, reasonKey: 'audit.entryAltered', seq: row.seq };
      prev = hash; expectedSeq += 1; count += 1;
    }
    if (rows.length < page) return { ok: true, count, head: prev };
    after = rows[rows.length - 1].seq;
  }
}

const latestStatement = () => db.prepare('select row_hash from audit_log where entity = ? and entity_id = ?'
  + ' and row_hash is not null order by seq desc limit 1').pluck();
const selectOf = (plan) => 'select ' + plan.columns.map((c) => '"' + c.name + '"').join(', ') + ' from "' + plan.table + '"';

function allRecords(count) {
  const latest = latestStatement();
  for (const plan of plans) {
    const key = '"' + plan.keyColumn + '"';
    const first = db.prepare(selectOf(plan) + ' order by ' + key + ' limit ' + page);
    const next = db.prepare(selectOf(plan) + ' where ' + key + ' > ? order by ' + key + ' limit ' + page);
    let after = null;
    for (;;) {
      const records = after === null ? first.all() : next.all(after);
      for (const record of records) {
        const id = String(record[plan.keyColumn]);
        const logged = latest.get(plan.entity, id);
        if (!logged) return { ok: false, count, reasonKey: 'audit.recordWithoutEntry', entity: plan.entity, entityId: id };
        if (recordHash(plan, record) !== logged)
          return { ok: false, count, reasonKey: 'audit.recordChanged', entity: plan.entity, entityId: id };
      }
      if (records.length < page) break;
      after = records[records.length - 1][plan.keyColumn];
    }
    const ids = db.prepare('select entity_id from audit_log where entity = ? and row_hash is not null'
      + ' group by entity_id order by entity_id').pluck();
    const exists = db.prepare('select 1 from "' + plan.table + '" where ' + key + ' = ?');
    for (const entityId of ids.iterate(plan.entity))
      if (!exists.get(entityId)) return { ok: false, count, reasonKey: 'audit.recordMissing', entity: plan.entity, entityId };
  }
  return null;
}

function recordsWrittenAfter(count, fromCount) {
  const latest = latestStatement();
  const byEntity = new Map(plans.map((p) => [p.entity, p]));
  const touched = db.prepare('select distinct entity, entity_id as entityId from audit_log'
    + ' where seq > ? and row_hash is not null').all(fromCount);
  for (const { entity, entityId } of touched) {
    const plan = byEntity.get(entity);
    if (!plan) continue;
    const record = db.prepare(selectOf(plan) + ' where "' + plan.keyColumn + '" = ?').get(entityId);
    if (!record) return { ok: false, count, reasonKey: 'audit.recordMissing', entity, entityId };
    if (recordHash(plan, record) !== latest.get(entity, entityId))
      return { ok: false, count, reasonKey: 'audit.recordChanged', entity, entityId };
  }
  return null;
}

try {
  if (integrity && String(db.pragma('integrity_check', { simple: true })) !== 'ok') {
    parentPort.postMessage({ ok: false, reasonKey: 'backup.integrity' });
  } else {
    const verified = chain();
    const failure = !verified.ok ? null
      : from && from.count > 0 ? recordsWrittenAfter(verified.count, from.count) : allRecords(verified.count);
    parentPort.postMessage(failure ?? verified);
  }
} finally {
  db.close();
}
`;

/** Runs the checks of `file` in a worker; rejects only when the worker itself could not run (no driver). */
export function checkFileInWorker(
  file: string,
  options: { integrity: boolean; from: VerifiedHead | null; nativeBinding?: string },
): Promise<FileCheck> {
  const plans: EntityPlan[] = verificationPlan();
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        file,
        nativeBinding: options.nativeBinding,
        integrity: options.integrity,
        from: options.from,
        plans,
        page: PAGE,
        genesis: GENESIS_HASH,
        modulePath: require.resolve('better-sqlite3'),
      },
    });
    worker.once('message', (result: FileCheck) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`verification worker exited with ${code}`));
    });
  });
}
