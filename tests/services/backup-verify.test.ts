import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/open';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { runBackup } from '../../electron/services/backup/backup';
import { fullCheckDue, runFullAuditCheck } from '../../electron/services/backup/full-check';
import { FULL_CHECK_EVERY_MS, recordedVerification } from '../../electron/services/backup/verified-head';
import { checkFileInWorker } from '../../electron/services/backup/verify-worker';
import { AppError } from '../../electron/services/errors';
import { freshDesk, type TestDesk } from '../helpers/db';
import { GOOD_ID, register } from '../helpers/reception';

function dropGuards(sqlite: Sqlite): void {
  sqlite.exec('drop trigger if exists audit_log_no_update; drop trigger if exists audit_log_no_delete;');
}

const head = (sqlite: Sqlite) => sqlite.prepare('select max(seq) from audit_log').pluck().get() as number;

async function deskWithRecords(): Promise<TestDesk> {
  const desk = await freshDesk();
  register(desk, { idType: 'resident_id', idNumber: GOOD_ID });
  register(desk, { visitorName: '李四', phone: '13700002222' });
  return desk;
}

async function backup(desk: TestDesk) {
  desk.clock.advance(60_000);
  return runBackup(desk.ctx, null, { folder: path.join(desk.dir, 'usb'), kind: 'manual' });
}

async function refused(desk: TestDesk): Promise<AppError> {
  try {
    await backup(desk);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the backup to be refused');
}

describe('backup verification from the recorded head', () => {
  it('the first backup verifies everything, later ones from the head the last one recorded', async () => {
    const desk = await deskWithRecords();
    expect(recordedVerification(desk.ctx.sqlite)).toEqual({ from: null, lastFullAt: 0 });
    const first = await backup(desk);
    // The copy holds every entry but the backup's own, written after the check.
    expect(first.auditCount).toBe(head(desk.ctx.sqlite) - 1);
    const recorded = recordedVerification(desk.ctx.sqlite);
    expect(recorded.from).toEqual({ count: first.auditCount, head: first.auditHead });
    expect(recorded.lastFullAt).toBe(desk.clock.now());
    register(desk, { visitorName: '王五' });
    const second = await backup(desk);
    const entry = desk.ctx.sqlite
      .prepare("select changes from audit_log where entity = 'backup' and entity_id = ?")
      .pluck()
      .get(second.name) as string;
    expect(JSON.parse(entry)).toMatchObject({ verifiedFrom: first.auditCount, auditCount: second.auditCount });
    const hashAt = desk.ctx.sqlite.prepare('select hash from audit_log where seq = ?').pluck();
    expect(second.auditHead).toBe(hashAt.get(second.auditCount));
  });

  it('catches an entry altered after the recorded head', async () => {
    const desk = await deskWithRecords();
    await backup(desk);
    register(desk, { visitorName: '王五' });
    const altered = head(desk.ctx.sqlite);
    dropGuards(desk.ctx.sqlite);
    desk.ctx.sqlite.prepare("update audit_log set note = 'nothing to see' where seq = ?").run(altered);
    expect((await refused(desk)).messageKey).toBe('errors.backupCheckFailed');
  });

  it('catches a record changed outside the writer after the head, and a head entry rewritten', async () => {
    const desk = await deskWithRecords();
    await backup(desk);
    const visit = register(desk, { visitorName: '王五' });
    desk.ctx.sqlite.prepare("update visits set visitor_name = '王六' where id = ?").run(visit.id);
    expect((await refused(desk)).messageKey).toBe('errors.backupCheckFailed');
    desk.ctx.sqlite.prepare("update visits set visitor_name = '王五' where id = ?").run(visit.id);
    await backup(desk);

    const recorded = recordedVerification(desk.ctx.sqlite).from?.count ?? 0;
    dropGuards(desk.ctx.sqlite);
    desk.ctx.sqlite.prepare('update audit_log set hash = ? where seq = ?').run('f'.repeat(64), recorded);
    expect((await refused(desk)).messageKey).toBe('errors.backupCheckFailed');
  });

  it('misses tampering before the head, which the scheduled full check catches; then backups verify everything', async () => {
    const desk = await deskWithRecords();
    const first = await backup(desk);
    expect(fullCheckDue(desk.ctx)).toBe(false);
    dropGuards(desk.ctx.sqlite);
    desk.ctx.sqlite.prepare("update audit_log set note = 'rewritten' where seq = 3").run();
    // The incremental check reads only what came after the head: this copy passes.
    const second = await backup(desk);
    expect(second.auditCount).toBeGreaterThan(first.auditCount);

    desk.clock.advance(FULL_CHECK_EVERY_MS);
    expect(fullCheckDue(desk.ctx)).toBe(true);
    expect(await runFullAuditCheck(desk.ctx, second.file)).toMatchObject({
      ok: false,
      reasonKey: 'audit.entryAltered',
    });
    expect(recordedVerification(desk.ctx.sqlite)).toEqual({ from: null, lastFullAt: 0 });
    expect((await refused(desk)).messageKey).toBe('errors.backupCheckFailed');
  });

  it('a passing full check records the head the next backups start from', async () => {
    const desk = await deskWithRecords();
    const first = await backup(desk);
    desk.clock.advance(FULL_CHECK_EVERY_MS);
    const full = await runFullAuditCheck(desk.ctx, first.file);
    expect(full).toEqual({ ok: true, count: first.auditCount, head: first.auditHead });
    expect(recordedVerification(desk.ctx.sqlite)).toEqual({
      from: { count: first.auditCount, head: first.auditHead },
      lastFullAt: desk.clock.now(),
    });
    expect(fullCheckDue(desk.ctx)).toBe(false);
  });
});

describe('the verification worker', () => {
  it('gives the verdict of verifyAuditChain for a good log and each kind of tampering', async () => {
    const desk = await deskWithRecords();
    const file = path.join(desk.dir, 'test.sqlite');
    const sqlite = desk.ctx.sqlite;
    const compare = async () => {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const inWorker = await checkFileInWorker(file, { integrity: true, from: null });
      expect(inWorker).toEqual(verifyAuditChain(sqlite));
      return inWorker;
    };
    expect((await compare()).ok).toBe(true);
    const shop = sqlite.prepare("select id from shops where name = '星巴克'").pluck().get() as string;
    sqlite.prepare("update shops set name = 'x' where id = ?").run(shop);
    expect(await compare()).toMatchObject({ reasonKey: 'audit.recordChanged', entityId: shop });
    sqlite.prepare("update shops set name = '星巴克' where id = ?").run(shop);
    // A redacted column (the visitor's phone) and a boolean column (a clerk's active flag).
    sqlite.prepare("update visits set phone = '13900000000' where visitor_name = '李四'").run();
    expect(await compare()).toMatchObject({ reasonKey: 'audit.recordChanged', entity: 'visits' });
    sqlite.prepare("update visits set phone = '13700002222' where visitor_name = '李四'").run();
    sqlite.prepare("update clerks set active = 0 where employee_no = 'K001'").run();
    expect(await compare()).toMatchObject({ reasonKey: 'audit.recordChanged', entity: 'clerks' });
    sqlite.prepare("update clerks set active = 1 where employee_no = 'K001'").run();
    expect((await compare()).ok).toBe(true);
    const department = sqlite.prepare("select id from departments where name = '财务部'").pluck().get() as string;
    sqlite.prepare('delete from departments where id = ?').run(department);
    expect(await compare()).toMatchObject({ reasonKey: 'audit.recordMissing', entityId: department });
    dropGuards(sqlite);
    sqlite.prepare("update audit_log set note = 'x' where seq = 4").run();
    expect(await compare()).toMatchObject({ reasonKey: 'audit.entryAltered', seq: 4 });
    sqlite.prepare('delete from audit_log where seq = 6').run();
    expect(await compare()).toMatchObject({ reasonKey: 'audit.entryAltered', seq: 4 });
  });
});
