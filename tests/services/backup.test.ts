import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatch';
import { startRuntime } from '../../electron/app/runtime';
import { checkBackupFile, dailyBackupDue, runBackup } from '../../electron/services/backup/backup';
import { backupFileName, backupsToRemove, listBackupFiles } from '../../electron/services/backup/files';
import { AppError } from '../../electron/services/errors';
import { addItem } from '../../electron/services/settings';
import type { BackupFile } from '../../shared/contract/backup';
import { freshDesk, migrationsFolder, TestClock, tempDir } from '../helpers/db';

const day = 24 * 3600 * 1000;

describe('backups', () => {
  it('writes an online backup, checks it, and records it in the audit log', async () => {
    const desk = await freshDesk();
    const folder = path.join(desk.dir, 'usb');
    const result = await runBackup(desk.ctx, null, { folder, kind: 'daily' });
    expect(result.integrity).toBe('ok');
    expect(fs.existsSync(result.file)).toBe(true);
    expect(result.name).toBe(backupFileName('daily', desk.clock.now()));
    const copy = new Database(result.file, { readonly: true });
    expect(copy.prepare('select count(*) from clerks').pluck().get()).toBe(4);
    copy.close();
    const logged = desk.ctx.sqlite
      .prepare("select count(*) from audit_log where entity = 'backup' and entity_id = ?")
      .pluck()
      .get(result.name);
    expect(logged).toBe(1);
    expect(dailyBackupDue(folder, desk.clock.now())).toBe(false);
    expect(dailyBackupDue(folder, desk.clock.now() + day)).toBe(true);
  });

  it('rejects a backup whose audit chain does not verify', async () => {
    const desk = await freshDesk();
    const result = await runBackup(desk.ctx, null, { folder: desk.dir, kind: 'manual' });
    const copy = new Database(result.file);
    copy.exec('drop trigger audit_log_no_update');
    copy.prepare("update audit_log set note = 'changed' where seq = 2").run();
    copy.close();
    expect(checkBackupFile(result.file).ok).toBe(false);
    expect(checkBackupFile(path.join(desk.dir, 'missing.sqlite')).ok).toBe(false);
  });

  it('rotates automatic backups: newest per day for 14 days and per month for 12 months; manual ones stay', () => {
    const start = Date.UTC(2026, 0, 1, 3);
    const files: BackupFile[] = [];
    for (let i = 0; i < 400; i++) {
      for (const hour of [0, 6]) {
        const at = start + i * day + hour * 3600_000;
        files.push({ file: `d${i}-${hour}`, name: `d${i}-${hour}`, kind: 'daily', at, bytes: 1 });
      }
    }
    files.push({ file: 'manual', name: 'manual', kind: 'manual', at: start, bytes: 1 });
    const removed = new Set(backupsToRemove(files, 14, 12).map((f) => f.file));
    const kept = files.filter((f) => !removed.has(f.file));
    expect(kept.some((f) => f.file === 'manual')).toBe(true);
    const automatic = kept.filter((f) => f.kind === 'daily');
    const days = new Set(automatic.map((f) => new Date(f.at).toISOString().slice(0, 10)));
    const months = new Set(automatic.map((f) => new Date(f.at).toISOString().slice(0, 7)));
    // The newest 14 days plus one per month for the 12 newest months (two of which overlap the 14 days).
    expect(days.size).toBeLessThanOrEqual(14 + 12);
    expect(months.size).toBe(12);
    expect(automatic.every((f) => f.at % day === (start + 6 * 3600_000) % day)).toBe(true);
    const newest = Math.max(...files.map((f) => f.at));
    expect(automatic.some((f) => f.at === newest)).toBe(true);
  });

  it('lists backups newest first with their kind', async () => {
    const desk = await freshDesk();
    const folder = path.join(desk.dir, 'backups');
    await runBackup(desk.ctx, null, { folder, kind: 'daily' });
    desk.clock.advance(60_000);
    await runBackup(desk.ctx, null, { folder, kind: 'manual' });
    expect(listBackupFiles(folder).map((f) => f.kind)).toEqual(['manual', 'daily']);
  });

  it('restores a chosen backup only with a supervisor PIN, keeping the current file aside', async () => {
    const dataDir = tempDir();
    const clock = new TestClock();
    const runtime = await startRuntime({ mode: 'browser', dataDir, migrationsFolder, demoData: true, clock });
    const dispatch = createDispatcher(runtime, () => undefined);
    const clerks = (await dispatch('session:loginClerks', {})) as {
      ok: true;
      data: { id: string; employeeNo: string }[];
    };
    const id = (no: string) => clerks.data.find((c) => c.employeeNo === no)?.id as string;
    expect((await dispatch('session:login', { clerkId: id('K003'), pin: '3333' })).ok).toBe(true);
    const backup = (await dispatch('backup:run', {})) as { ok: true; data: { name: string } };
    expect(backup.ok).toBe(true);
    // Something saved after the backup, which the restore will take back (the replaced file keeps it).
    expect((await dispatch('settings:addItem', { kind: 'shops', name: '喜茶' })).ok).toBe(true);

    const wrongPin = await dispatch('backup:restore', {
      name: backup.data.name,
      approverId: id('K003'),
      pin: '0000',
      reason: '误操作恢复',
    });
    expect(wrongPin).toMatchObject({ ok: false, error: { messageKey: 'errors.wrongPin' } });
    const clerkApprover = await dispatch('backup:restore', {
      name: backup.data.name,
      approverId: id('K001'),
      pin: '1111',
      reason: '误操作恢复',
    });
    expect(clerkApprover).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const restored = await dispatch('backup:restore', {
      name: backup.data.name,
      approverId: id('K003'),
      pin: '3333',
      reason: '误操作恢复',
    });
    expect(restored.ok).toBe(true);
    const { keptAside } = (restored as { ok: true; data: { keptAside: string } }).data;
    expect(fs.existsSync(keptAside)).toBe(true);
    const aside = new Database(keptAside, { readonly: true });
    expect(aside.prepare("select count(*) from shops where name = '喜茶'").pluck().get()).toBe(1);
    aside.close();
    if (runtime.state.kind !== 'ready') throw new Error('not ready after restore');
    expect(runtime.state.ctx.sqlite.prepare("select count(*) from shops where name = '喜茶'").pluck().get()).toBe(0);
    // A restore logs everyone out.
    expect((await dispatch('settings:site', {})).ok).toBe(false);
  });
});

describe('storage failures', () => {
  it('a save on a full disk fails with a clear message and writes nothing', async () => {
    const desk = await freshDesk();
    const pages = desk.ctx.sqlite.pragma('page_count', { simple: true }) as number;
    desk.ctx.sqlite.pragma(`max_page_count = ${pages}`);
    const before = desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get();
    let error: unknown;
    try {
      for (let i = 0; i < 200; i++) {
        addItem(desk.ctx, null, {
          kind: 'shops',
          name: `商户${i}${'长'.repeat(200)}`,
          unitNo: '',
          floor: '',
          phone: '',
        });
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe('errors.diskFull');
    const shops = desk.ctx.sqlite.prepare('select count(*) from shops').pluck().get() as number;
    const entries = desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;
    // Every shop that was saved has its entry; the failed one has neither.
    expect(entries - (before as number)).toBe(shops - 10);
  });

  it('a read-only database refuses a save with a clear message and keeps reading', async () => {
    const desk = await freshDesk();
    desk.ctx.sqlite.pragma('query_only = ON');
    expect(() => addItem(desk.ctx, null, { kind: 'shops', name: '喜茶', unitNo: '', floor: '', phone: '' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.readOnly' }),
    );
    expect(desk.ctx.sqlite.prepare('select count(*) from shops').pluck().get()).toBe(10);
  });
});
