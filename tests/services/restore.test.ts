import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { replaceLiveFile, restoringFile } from '../../electron/app/restore';
import { runBackup } from '../../electron/services/backup/backup';
import { backupFileName, backupsToRemove, listBackupFiles } from '../../electron/services/backup/files';
import type { BackupResult } from '../../shared/contract/backup';
import { demoPin } from '../helpers/db';
import { data, startIpcDesk } from '../helpers/ipc';

const rowsOf = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

describe('restore', () => {
  it('replaces the live file through a fsynced copy and a rename, and the restored file records its restore', async () => {
    const desk = await startIpcDesk();
    const { dispatch, idOf, runtime } = desk;
    await desk.loginAs('K003', 'supervisor');
    const backup = data<BackupResult>(await dispatch('backup:run', {}));
    data(await dispatch('settings:addItem', { kind: 'shops', name: '喜茶' }));
    const restored = data<{ keptAside: string }>(
      await dispatch('backup:restore', {
        name: backup.name,
        approverId: await idOf('K003'),
        pin: demoPin('supervisor'),
        reason: '误删商户，恢复上午的备份',
      }),
    );
    // The head of the replaced file, as it was kept aside (its last entries record the restore and its copy).
    const [replacedHead] = rowsOf(
      restored.keptAside,
      'select seq as count, hash as head from audit_log order by seq desc limit 1',
    ) as { count: number; head: string }[];
    // The replaced file is kept aside whole, with what was saved after the backup; nothing temporary is left.
    expect(rowsOf(restored.keptAside, "select name from shops where name = '喜茶'")).toHaveLength(1);
    expect(fs.existsSync(restoringFile(runtime.databaseFile))).toBe(false);
    // The restored file's own log says where it came from, who restored it, why, and the head it replaced.
    const entry = desk
      .sqlite()
      .prepare(
        "select clerk_id as clerkId, note, changes from audit_log where entity = 'backup' order by seq desc limit 1",
      )
      .get() as { clerkId: string; note: string; changes: string };
    expect(entry.note).toBe('restored: 误删商户，恢复上午的备份');
    expect(entry.clerkId).toBe(await idOf('K003'));
    expect(JSON.parse(entry.changes)).toMatchObject({
      from: backup.file,
      keptAside: restored.keptAside,
      approver: await idOf('K003'),
      replacedAuditCount: replacedHead?.count,
      replacedAuditHead: replacedHead?.head,
    });
    await desk.loginAs('K004', 'manager');
    expect(data(await dispatch('audit:verify', {}))).toMatchObject({ ok: true });
  });

  it('never leaves the live name empty: at each step the old or the new file is there, whole', async () => {
    const desk = await startIpcDesk();
    const live = desk.runtime.databaseFile;
    const backup = await runBackup(desk.runtime.state.kind === 'ready' ? desk.runtime.state.ctx : never(), null, {
      folder: path.join(desk.dataDir, 'backups'),
      kind: 'manual',
    });
    desk.runtime.stopSchedulers();
    if (desk.runtime.state.kind === 'ready') desk.runtime.state.opened.sqlite.close();
    // A -wal beside the live file belongs to it: it goes aside with it, never beside the restored copy.
    fs.writeFileSync(`${live}-wal`, 'log of the replaced file');
    const keptAside = replaceLiveFile(live, backup.file, 'replaced', Date.UTC(2026, 11, 1, 2, 0, 0, 42));
    expect(path.basename(keptAside)).toBe('frontdesk.sqlite.replaced-20261201-020000-042');
    expect(fs.existsSync(live)).toBe(true);
    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    expect(fs.readFileSync(`${keptAside}-wal`, 'utf8')).toBe('log of the replaced file');
    expect(rowsOf(live, 'select count(*) as n from clerks')).toEqual([{ n: 4 }]);
  });
});

describe('a start without the live file', () => {
  it('shows the recovery screen naming a file kept aside, and makes no demo desk over it', async () => {
    const first = await startIpcDesk();
    const dataDir = first.dataDir;
    first.runtime.stopSchedulers();
    if (first.runtime.state.kind === 'ready') first.runtime.state.opened.sqlite.close();
    fs.renameSync(first.runtime.databaseFile, `${first.runtime.databaseFile}.replaced-20261201-020000-001`);
    const again = await startIpcDesk({ dataDir });
    const status = data<{ state: string; reasonKey: string; found: string[] }>(await again.dispatch('app:status', {}));
    expect(status).toMatchObject({ state: 'recovery', reasonKey: 'recovery.missing' });
    // The head file the first start wrote beside the backups says a desk was here too.
    expect(status.found).toEqual(['backups/audit-head.json', 'frontdesk.sqlite.replaced-20261201-020000-001']);
    expect(fs.existsSync(again.runtime.databaseFile)).toBe(false);
  });

  it('names backups and an interrupted copy, then restores the newest backup into place', async () => {
    const first = await startIpcDesk();
    const { dataDir } = first;
    await first.loginAs('K003', 'supervisor');
    const backup = data<BackupResult>(await first.dispatch('backup:run', {}));
    first.runtime.stopSchedulers();
    if (first.runtime.state.kind === 'ready') first.runtime.state.opened.sqlite.close();
    fs.rmSync(first.runtime.databaseFile);
    fs.writeFileSync(path.join(dataDir, 'backups', 'frontdesk-daily-20261201-020000-000.sqlite.partial'), 'half');
    const again = await startIpcDesk({ dataDir });
    const status = data<{ state: string; found: string[] }>(await again.dispatch('app:status', {}));
    expect(status.state).toBe('recovery');
    expect(status.found).toEqual([
      'backups/audit-head.json',
      'backups/frontdesk-daily-20261201-020000-000.sqlite.partial',
      `backups/${backup.name}`,
    ]);
    data(await again.dispatch('app:restoreNewestBackup', {}));
    expect(again.runtime.state.kind).toBe('ready');
    // The interrupted copy went at that start; the complete one stays.
    expect(fs.readdirSync(path.join(dataDir, 'backups')).sort()).toEqual(['audit-head.json', backup.name]);
  });

  it('on a fresh folder still makes the demo desk; a leftover restore copy beside a live file is removed', async () => {
    const first = await startIpcDesk();
    expect(first.runtime.state.kind).toBe('ready');
    first.runtime.stopSchedulers();
    if (first.runtime.state.kind === 'ready') first.runtime.state.opened.sqlite.close();
    fs.writeFileSync(restoringFile(first.runtime.databaseFile), 'an interrupted restore');
    const again = await startIpcDesk({ dataDir: first.dataDir });
    expect(again.runtime.state.kind).toBe('ready');
    expect(fs.existsSync(restoringFile(first.runtime.databaseFile))).toBe(false);
  });
});

describe('backup housekeeping', () => {
  it('names copies to the millisecond with their kind, and never rotates away the copy just written', async () => {
    const desk = await startIpcDesk();
    const ctx = desk.runtime.state.kind === 'ready' ? desk.runtime.state.ctx : never();
    const folder = path.join(desk.dataDir, 'usb');
    desk.clock.current = Date.UTC(2026, 11, 1, 10, 0, 0, 250);
    const daily = await runBackup(ctx, null, { folder, kind: 'daily' });
    expect(daily.name).toBe('frontdesk-daily-20261201-100000-250.sqlite');
    // The shift's copy in the same millisecond: its own name, and it survives rotation to one copy a day.
    ctx.sqlite
      .prepare("insert or replace into settings (key, value, updated_at) values ('backup', ?, 1)")
      .run(JSON.stringify({ folder: '', keepDaily: 1, keepMonthly: 1 }));
    const shift = await runBackup(ctx, null, { folder, kind: 'shift' });
    expect(shift.name).toBe('frontdesk-shift-20261201-100000-250.sqlite');
    expect(fs.existsSync(shift.file)).toBe(true);
    expect(shift.removed).toEqual([daily.name]);
    const again = await runBackup(ctx, null, { folder, kind: 'shift' });
    expect(again.name).toBe('frontdesk-shift-20261201-100000-250-2.sqlite');
    expect(fs.existsSync(again.file)).toBe(true);
    // No -wal, -shm or .partial beside the copies.
    expect(fs.readdirSync(folder).filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
  });

  it('keeps the just-written copy even when rotation would pick another of the same time', () => {
    const at = Date.UTC(2026, 11, 1, 10, 0, 0);
    const files = [
      { file: '/b/a', name: backupFileName('daily', at), kind: 'daily' as const, at, bytes: 1 },
      { file: '/b/b', name: backupFileName('shift', at), kind: 'shift' as const, at, bytes: 1 },
    ];
    expect(backupsToRemove(files, 1, 1, '/b/b').map((f) => f.file)).toEqual(['/b/a']);
    expect(backupsToRemove(files, 1, 1, '/b/a').map((f) => f.file)).toEqual(['/b/b']);
    expect(listBackupFiles('/nowhere')).toEqual([]);
  });
});

function never(): never {
  throw new Error('the desk is not ready');
}
