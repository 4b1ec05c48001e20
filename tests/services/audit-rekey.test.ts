import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { serviceContext } from '../../electron/app/modules';
import { auditHead } from '../../electron/services/audit/log';
import { REKEY_JOB, rekeyAuditDigests, rekeyJobPending } from '../../electron/services/audit/rekey';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { recordAuditProblem } from '../../electron/services/audit/verify-record';
import { checkFileInWorker } from '../../electron/services/backup/verify-worker';
import type { Actor, ServiceContext } from '../../electron/services/context';
import { seedDemoData } from '../../electron/services/demo-data';
import { anonymiseOldVisits } from '../../electron/services/reception/retention';
import { registerVisit, updateVisit } from '../../electron/services/reception/visits';
import { getPolicy, writeSetting } from '../../electron/services/settings';
import { registerVisitInput, updateVisitInput } from '../../shared/contract/reception';
import { asWrittenBeforeKeys, bruteForce, plain } from '../helpers/audit-rekey';
import { migrationsFolder, TestClock, tempDir } from '../helpers/db';
import { databaseBefore, migrateToLatest } from '../helpers/migrations';
import { DAY } from '../helpers/reception';

/**
 * Migration 0050 and its job (electron/services/audit/rekey.ts): visitor phones a desk logged before per-visit keys
 * (0030) as a plain SHA-256 digest are re-keyed, attested as a customer's erasure attests its rewrites, so that the
 * chain, every recorded head and the backup check still hold, and no phone can be found again by trying numbers.
 */

const PHONE = '13812345678';
const EDITED = '13812345679';
const GONE = '13812345000';

function actorOf(ctx: ServiceContext, role: Actor['role']): Actor {
  const row = ctx.sqlite.prepare('select id, name from clerks where role = ? limit 1').get(role) as {
    id: string;
    name: string;
  };
  return { clerkId: row.id, name: row.name, role, shiftId: null, counterId: null };
}

function register(ctx: ServiceContext, phone: string, visitorName: string): string {
  return registerVisit(
    ctx,
    actorOf(ctx, 'clerk'),
    registerVisitInput.parse({ visitorName, phone, purpose: 'visit', visiting: '物业办' }),
  ).id;
}

function editPhone(ctx: ServiceContext, id: string, phone: string): void {
  const version = ctx.sqlite.prepare('select version from visits where id = ?').pluck().get(id) as number;
  updateVisit(ctx, actorOf(ctx, 'clerk'), updateVisitInput.parse({ id, version, phone }));
}

const checkpoint = (ctx: ServiceContext) => ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');

/**
 * A file at 0049 with visits as a desk before keys logged them: `gone` (its phone later blanked by retention, as
 * the old writer logged that too), `live` (its phone edited once) and `none` (no phone); then the production
 * migrations to the latest, which leave the job pending.
 */
async function oldDesk() {
  const { file, opened } = await databaseBefore('0049_erasure_rewrites');
  const clock = new TestClock();
  let ctx = serviceContext(opened, clock);
  seedDemoData(ctx);
  writeSetting(ctx, actorOf(ctx, 'supervisor'), 'policy', { ...getPolicy(ctx), visitorDataRetentionDays: 30 });
  const gone = register(ctx, GONE, '王五');
  clock.advance(31 * DAY);
  const live = register(ctx, PHONE, '张三');
  editPhone(ctx, live, EDITED);
  const none = register(ctx, '', '李四');
  asWrittenBeforeKeys(ctx, [gone, live, none], [GONE, PHONE, EDITED]);
  expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
  opened.sqlite.close();
  ctx = serviceContext(await migrateToLatest(file), clock);
  // Retention ran before the job (as at a start): the old visit's phone is blanked, logged the old way (no key).
  expect(anonymiseOldVisits(ctx)).toBe(1);
  return { file, ctx, clock, gone, live, none };
}

const visitPhones = (ctx: ServiceContext) =>
  (ctx.sqlite.prepare("select changes from audit_log where entity = 'visits'").pluck().all() as string[]).flatMap(
    (c) => {
      const phone = (JSON.parse(c) as { phone?: unknown }).phone;
      return phone === undefined ? [] : Array.isArray(phone) ? phone : [phone];
    },
  );

describe('migration 0050: visitor phones logged before per-visit keys are re-keyed, attested', () => {
  it('leaves no plain digest, nothing found by trying numbers, and the chain, heads and backup check holding', async () => {
    const { file, ctx, clock, gone, live, none } = await oldDesk();
    expect(rekeyJobPending(ctx)).toBe(true);
    checkpoint(ctx);
    // The bad case first: with the plain digests, trying numbers finds every phone, the blanked one included.
    expect(bruteForce(file)).toEqual([GONE, PHONE, EDITED].sort());
    expect(visitPhones(ctx).some((v) => /^redacted:[0-9a-f]{12}$/.test(String(v)))).toBe(true);
    const head = auditHead(ctx.sqlite);
    const entries = ctx.sqlite.prepare('select seq, hash, prev_hash from audit_log order by seq').all();

    // Batches of one record, so the job crosses batch ends.
    const outcome = await rekeyAuditDigests(ctx, null, 1);
    expect(outcome).toMatchObject({ rekeyed: 3, skipped: 0 });
    expect(outcome?.entries).toBeGreaterThanOrEqual(5);
    expect(rekeyJobPending(ctx)).toBe(false);
    expect(ctx.sqlite.prepare('select done_at, changed from data_jobs where name = ?').get(REKEY_JOB)).toEqual({
      done_at: clock.now(),
      changed: 3,
    });

    // No plain digest remains; the blanked visit's key is erased, the others' are new.
    const phones = visitPhones(ctx);
    expect(phones.some((v) => /^redacted:[0-9a-f]{12}$/.test(String(v)))).toBe(false);
    expect(phones.filter((v) => v === 'redacted:k:erased')).toHaveLength(2);
    const keys = ctx.sqlite.prepare("select entity_id, key, erased_at from audit_record_keys where entity = 'visits'");
    const byId = new Map(
      (keys.all() as { entity_id: string; key: string; erased_at: number | null }[]).map((k) => [k.entity_id, k]),
    );
    expect(byId.get(gone)).toMatchObject({ key: '', erased_at: clock.now() });
    expect(byId.get(none)).toMatchObject({ key: '', erased_at: clock.now() });
    expect(byId.get(live)?.key).not.toBe('');

    // Links, hashes and every head stay: only contents changed, each attested.
    expect(
      ctx.sqlite.prepare('select seq, hash, prev_hash from audit_log where seq <= ? order by seq').all(head.count),
    ).toEqual(entries);
    expect(verifyAuditChain(ctx.sqlite, { count: head.count, hashPrefix: head.head.slice(0, 16) })).toMatchObject({
      ok: true,
    });
    for (const id of [gone, live, none]) expect(recordAuditProblem(ctx.sqlite, 'visits', id)).toBeNull();
    const jobEntries = ctx.sqlite
      .prepare("select note, changes from audit_log where entity = 'audit' and entity_id = 'recordKeys' order by seq")
      .all() as { note: string; changes: string }[];
    expect(jobEntries.map((e) => e.note)).toEqual(['rekeyed', 'rekeyed', 'rekeyed', 'rekeyDone']);
    expect(JSON.parse((jobEntries[3] as { changes: string }).changes)).toEqual(outcome);
    checkpoint(ctx);
    expect(await checkFileInWorker(file, { integrity: true, from: null })).toMatchObject({ ok: true });
    expect(await checkFileInWorker(file, { integrity: false, from: head })).toMatchObject({ ok: true });

    // With the data file alone: the blanked phone is not found; the live visit's numbers are (its key is in the file,
    // as for every visit that keeps its phone) until retention erases its key.
    expect(bruteForce(file)).toEqual([PHONE, EDITED]);
    // The writer goes on under the new key; then retention blanks the live visit too.
    editPhone(ctx, live, PHONE);
    const last = ctx.sqlite
      .prepare("select changes from audit_log where entity = 'visits' and entity_id = ? order by seq desc limit 1")
      .pluck()
      .get(live) as string;
    expect(JSON.parse(last).phone[1]).toMatch(/^redacted:k:[0-9a-f]{16}$/);
    clock.advance(31 * DAY);
    expect(anonymiseOldVisits(ctx)).toBe(1);
    checkpoint(ctx);
    expect(bruteForce(file)).toEqual([]);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
    expect(await checkFileInWorker(file, { integrity: true, from: null })).toMatchObject({ ok: true });

    // Once done, a second run does nothing and writes nothing.
    const count = auditHead(ctx.sqlite).count;
    expect(await rekeyAuditDigests(ctx)).toBeNull();
    expect(auditHead(ctx.sqlite).count).toBe(count);
    ctx.sqlite.close();
  });

  it('refuses an unattested change of an entry, and detects one smuggled past the trigger, in the app and the worker', async () => {
    const { file, ctx, live } = await oldDesk();
    await rekeyAuditDigests(ctx);
    const seq = ctx.sqlite
      .prepare("select seq from audit_log where entity = 'visits' and entity_id = ? and action = 'create'")
      .pluck()
      .get(live) as number;
    const changes = ctx.sqlite.prepare('select changes from audit_log where seq = ?').pluck().get(seq) as string;
    const forged = changes.replace(/"phone":"[^"]*"/, `"phone":"${plain(PHONE)}"`);
    // An entry nobody attested may not change at all.
    const other = ctx.sqlite.prepare("select min(seq) from audit_log where entity = 'clerks'").pluck().get() as number;
    expect(() => ctx.sqlite.prepare("update audit_log set note = 'x' where seq = ?").run(other)).toThrow(/append-only/);
    // An attested entry may be written again, but only to what its attestation names: anything else is caught.
    ctx.sqlite.prepare('update audit_log set changes = ? where seq = ?').run(forged, seq);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: false, reasonKey: 'audit.entryAltered', seq });
    expect(recordAuditProblem(ctx.sqlite, 'visits', live)).toBe('audit.entryAltered');
    checkpoint(ctx);
    expect(await checkFileInWorker(file, { integrity: true, from: null })).toMatchObject({
      ok: false,
      reasonKey: 'audit.entryAltered',
      seq,
    });
    ctx.sqlite.close();
  });

  it('leaves a visit whose entry was altered before the job as it is, so the check still names the entry', async () => {
    const { ctx, live, gone } = await oldDesk();
    const seq = ctx.sqlite
      .prepare("select seq from audit_log where entity = 'visits' and entity_id = ? and action = 'create'")
      .pluck()
      .get(live) as number;
    // Raw SQL with the trigger out of the way, as someone holding the file could.
    const trigger = ctx.sqlite
      .prepare("select sql from sqlite_master where name = 'audit_log_no_update'")
      .pluck()
      .get() as string;
    ctx.sqlite.exec('drop trigger audit_log_no_update');
    ctx.sqlite.prepare("update audit_log set note = 'changed' where seq = ?").run(seq);
    ctx.sqlite.exec(trigger);
    expect(await rekeyAuditDigests(ctx)).toMatchObject({ rekeyed: 2, skipped: 1 });
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: false, reasonKey: 'audit.entryAltered', seq });
    expect(ctx.sqlite.prepare('select count(*) from audit_record_keys where entity_id = ?').pluck().get(live)).toBe(0);
    expect(recordAuditProblem(ctx.sqlite, 'visits', gone)).toBeNull();
    ctx.sqlite.close();
  });

  it('a new desk has the job done at once, with nothing to re-key and no entry', async () => {
    const opened = await openDatabase(path.join(tempDir(), 'desk.sqlite'), { migrationsFolder });
    const ctx = serviceContext(opened, new TestClock());
    seedDemoData(ctx);
    const before = auditHead(ctx.sqlite).count;
    expect(rekeyJobPending(ctx)).toBe(false);
    expect(await rekeyAuditDigests(ctx)).toBeNull();
    expect(auditHead(ctx.sqlite).count).toBe(before);
    ctx.sqlite.close();
  });
});
