import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupResult } from '../../shared/contract/backup';
import type { RecoveryBackup } from '../../shared/contract/session';
import type { SiteView } from '../../shared/contract/settings';
import { data, failure, type IpcDesk, startIpcDesk } from '../helpers/ipc';

type Listing = { backups: RecoveryBackup[]; timeZone: string };

/** Closes a desk as a power cut would leave it: the file stays as it was written. */
function closeDesk(desk: IpcDesk): void {
  desk.runtime.stopSchedulers();
  if (desk.runtime.state.kind === 'ready') desk.runtime.state.opened.sqlite.close();
}

/**
 * A desk with two backups an hour apart (a shop added between them, the site moved to another time zone first),
 * then its data file gone: the state a recovery screen starts from.
 */
async function deskWithoutItsFile() {
  const first = await startIpcDesk();
  await first.loginAs('K003', 'supervisor');
  const site = data<SiteView>(await first.dispatch('settings:site', {}));
  data(await first.dispatch('settings:saveSite', { ...site, timeZone: 'Asia/Urumqi' }));
  first.clock.current = Date.UTC(2026, 11, 1, 2, 0, 0);
  const older = data<BackupResult>(await first.dispatch('backup:run', {}));
  data(await first.dispatch('settings:addItem', { kind: 'shops', name: '喜茶' }));
  first.clock.current = Date.UTC(2026, 11, 1, 3, 0, 0);
  const newer = data<BackupResult>(await first.dispatch('backup:run', {}));
  closeDesk(first);
  fs.rmSync(first.runtime.databaseFile);
  for (const side of ['-wal', '-shm']) fs.rmSync(first.runtime.databaseFile + side, { force: true });
  return { dataDir: first.dataDir, older, newer };
}

describe('choosing the backup to restore on the recovery screen', () => {
  it('lists every backup newest first with what its chain holds and the site time zone the copies store', async () => {
    const { dataDir, older, newer } = await deskWithoutItsFile();
    fs.writeFileSync(path.join(dataDir, 'backups', 'frontdesk-manual-20261130-010000-000.sqlite'), 'not a database');
    const desk = await startIpcDesk({ dataDir });
    expect(desk.runtime.state.kind).toBe('recovery');
    const listing = data<Listing>(await desk.dispatch('app:recoveryBackups', {}));
    expect(listing.timeZone).toBe('Asia/Urumqi');
    expect(listing.backups.map((b) => [b.name, b.kind, b.readable])).toEqual([
      [newer.name, 'manual', true],
      [older.name, 'manual', true],
      ['frontdesk-manual-20261130-010000-000.sqlite', 'manual', false],
    ]);
    const [newest, second, junk] = listing.backups;
    // What each copy's chain says: the head its backup check recorded, the newer one ahead by the shop and more.
    expect(second).toMatchObject({ auditCount: older.auditCount, auditHead: older.auditHead, bytes: older.bytes });
    expect(newest).toMatchObject({ auditCount: newer.auditCount, auditHead: newer.auditHead });
    expect(newest?.auditCount).toBeGreaterThan(second?.auditCount ?? Number.POSITIVE_INFINITY);
    expect(newest?.at).toBe(Date.UTC(2026, 11, 1, 3, 0, 0));
    expect(junk).toMatchObject({ auditCount: null, auditHead: null, timeZone: null });
    // Reading the copies left nothing beside them: each stays one file.
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => /-(wal|shm)$/.test(f))).toEqual([]);
  });

  it('restores the older copy the clerk chose into the missing file; the newer one stays untouched', async () => {
    const { dataDir, older, newer } = await deskWithoutItsFile();
    const desk = await startIpcDesk({ dataDir });
    const restored = data<{ restoredFrom: string }>(await desk.dispatch('app:restoreBackup', { name: older.name }));
    expect(restored.restoredFrom).toBe(older.file);
    expect(desk.runtime.state.kind).toBe('ready');
    // The older copy's data: the shop added after it is not there.
    expect(desk.count("select count(*) from shops where name = '喜茶'")).toBe(0);
    const entry = desk
      .sqlite()
      .prepare("select changes from audit_log where entity = 'backup' order by seq desc limit 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(entry)).toMatchObject({ from: older.file, replacedAuditHead: null });
    expect(fs.existsSync(newer.file)).toBe(true);
    await desk.loginAs('K004', 'manager');
    expect(data(await desk.dispatch('audit:verify', {}))).toMatchObject({ ok: true });
    // Once the desk is back, neither channel answers: restoring a working desk needs a supervisor's PIN.
    expect(failure(await desk.dispatch('app:restoreBackup', { name: newer.name }))).toMatchObject({
      code: 'rule',
      messageKey: 'errors.restoreOnlyInRecovery',
    });
    expect(failure(await desk.dispatch('app:recoveryBackups', {}))).toMatchObject({ code: 'rule' });
  });

  it('refuses a name the folder does not list, a path, and a copy that cannot be read, restoring nothing', async () => {
    const { dataDir } = await deskWithoutItsFile();
    const junk = 'frontdesk-manual-20261130-010000-000.sqlite';
    fs.writeFileSync(path.join(dataDir, 'backups', junk), 'not a database');
    fs.writeFileSync(path.join(dataDir, 'elsewhere.sqlite'), 'not a backup');
    const desk = await startIpcDesk({ dataDir });
    for (const name of [
      'frontdesk-daily-20990101-000000-000.sqlite',
      '../elsewhere.sqlite',
      path.join(dataDir, 'elsewhere.sqlite'),
    ])
      expect(failure(await desk.dispatch('app:restoreBackup', { name }))).toMatchObject({
        code: 'not_found',
        messageKey: 'errors.noBackup',
      });
    expect(failure(await desk.dispatch('app:restoreBackup', { name: junk }))).toMatchObject({
      code: 'rule',
      messageKey: 'errors.backupUnreadable',
    });
    expect(failure(await desk.dispatch('app:restoreBackup', { name: '' }))).toMatchObject({ code: 'invalid_input' });
    expect(desk.runtime.state.kind).toBe('recovery');
    expect(fs.existsSync(desk.runtime.databaseFile)).toBe(false);
  });
});
