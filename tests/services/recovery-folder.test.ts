import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupLocationPath, rememberedBackupFolders } from '../../electron/services/backup/location-file';
import type { BackupResult } from '../../shared/contract/backup';
import type { AppStatus, RecoveryBackup } from '../../shared/contract/session';
import { tempDir } from '../helpers/db';
import { data, failure, type IpcDesk, startIpcDesk } from '../helpers/ipc';

type Listing = { backups: RecoveryBackup[]; timeZone: string };

/** Closes a desk as a power cut would leave it: the file stays as it was written. */
function closeDesk(desk: IpcDesk): void {
  desk.runtime.stopSchedulers();
  if (desk.runtime.state.kind === 'ready') desk.runtime.state.opened.sqlite.close();
}

/** The data file as a failing disk leaves it: the header and first pages overwritten, unreadable as a database. */
function makeUnreadable(file: string): void {
  for (const side of ['-wal', '-shm']) fs.rmSync(file + side, { force: true });
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(16_384, 0xa5), 0, 16_384, 0);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A desk whose supervisor chose a backup folder away from the data file (a USB drive), made one copy there with a
 * shop added before it, and then lost its data file to `damage`.
 */
async function deskWithCopyOnTheDrive(damage: (file: string) => void) {
  const drive = tempDir();
  const first = await startIpcDesk();
  await first.loginAs('K003', 'supervisor');
  const settings = data<{ keepDaily: number; keepMonthly: number }>(await first.dispatch('backup:settings', {}));
  data(await first.dispatch('backup:saveSettings', { ...settings, folder: drive }));
  data(await first.dispatch('settings:addItem', { kind: 'shops', name: '喜茶' }));
  first.clock.current = Date.UTC(2026, 11, 1, 2, 0, 0);
  const copy = data<BackupResult>(await first.dispatch('backup:run', {}));
  closeDesk(first);
  damage(first.runtime.databaseFile);
  return { dataDir: first.dataDir, drive, copy, defaultFolder: first.runtime.backupDir };
}

describe('the backup folder chosen in the settings, remembered outside the database', () => {
  it('is written beside the data file when saved, and the copies are made on the drive, not in backups/', async () => {
    const { dataDir, drive, copy, defaultFolder } = await deskWithCopyOnTheDrive(() => undefined);
    expect(rememberedBackupFolders(dataDir)).toEqual([path.resolve(drive)]);
    expect(path.dirname(backupLocationPath(dataDir))).toBe(dataDir);
    expect(copy.file).toBe(path.join(drive, copy.name));
    expect(fs.existsSync(path.join(defaultFolder, copy.name))).toBe(false);
  });

  it('an unreadable data file: the recovery screen lists the copy on the drive and restores it, with its data', async () => {
    const { dataDir, drive, copy } = await deskWithCopyOnTheDrive(makeUnreadable);
    const desk = await startIpcDesk({ dataDir });
    expect(desk.runtime.state).toMatchObject({ kind: 'recovery', reasonKey: 'recovery.not_a_database' });
    const listing = data<Listing>(await desk.dispatch('app:recoveryBackups', {}));
    const onDrive = listing.backups.find((b) => b.name === copy.name);
    expect(onDrive).toMatchObject({
      folder: path.resolve(drive),
      readable: true,
      auditHead: copy.auditHead,
      kind: 'manual',
    });
    const status = data<AppStatus>(await desk.dispatch('app:status', {}));
    expect(status.newestBackup?.file).toBe(copy.file);
    const restored = data<{ restoredFrom: string; keptAside: string }>(
      await desk.dispatch('app:restoreBackup', { name: copy.name, folder: drive }),
    );
    expect(restored.restoredFrom).toBe(copy.file);
    expect(desk.runtime.state.kind).toBe('ready');
    expect(desk.count("select count(*) from shops where name = '喜茶'")).toBe(1);
    // The damaged file is kept aside, never deleted.
    expect(fs.readFileSync(restored.keptAside).subarray(0, 4)).toEqual(Buffer.alloc(4, 0xa5));
  });

  it('without the remembered file the drive is not looked in: the recovery finds no copy (the file is what finds it)', async () => {
    const { dataDir, copy } = await deskWithCopyOnTheDrive(makeUnreadable);
    fs.rmSync(backupLocationPath(dataDir));
    const desk = await startIpcDesk({ dataDir });
    expect(desk.runtime.state.kind).toBe('recovery');
    const listing = data<Listing>(await desk.dispatch('app:recoveryBackups', {}));
    expect(listing.backups.map((b) => b.name)).not.toContain(copy.name);
    expect(failure(await desk.dispatch('app:restoreBackup', { name: copy.name }))).toMatchObject({
      code: 'not_found',
    });
  });

  it('a missing data file with copies only on the drive shows the recovery screen naming them, never a demo desk', async () => {
    const { dataDir, drive, copy, defaultFolder } = await deskWithCopyOnTheDrive((file) => {
      for (const side of ['', '-wal', '-shm']) fs.rmSync(file + side, { force: true });
    });
    // Nothing beside the data file could hold the desk: only the drive does.
    fs.rmSync(defaultFolder, { recursive: true, force: true });
    const desk = await startIpcDesk({ dataDir });
    expect(desk.runtime.state).toMatchObject({ kind: 'recovery', reasonKey: 'recovery.missing' });
    expect(fs.existsSync(desk.runtime.databaseFile)).toBe(false);
    const status = data<AppStatus>(await desk.dispatch('app:status', {}));
    expect(status.found).toContain(path.join(path.resolve(drive), copy.name));
  });

  it('refuses a folder the recovery does not look in, even one holding a good copy; a garbled file is ignored', async () => {
    const { dataDir, drive, copy } = await deskWithCopyOnTheDrive(makeUnreadable);
    const elsewhere = tempDir();
    fs.copyFileSync(copy.file, path.join(elsewhere, copy.name));
    const desk = await startIpcDesk({ dataDir });
    expect(failure(await desk.dispatch('app:restoreBackup', { name: copy.name, folder: elsewhere }))).toMatchObject({
      code: 'not_found',
      messageKey: 'errors.noBackup',
    });
    // A name the drive lists, asked for in the default folder, is not found there either.
    expect(failure(await desk.dispatch('app:restoreBackup', { name: copy.name }))).toMatchObject({
      code: 'not_found',
    });
    expect(desk.runtime.state.kind).toBe('recovery');
    closeDesk(desk);
    fs.writeFileSync(backupLocationPath(dataDir), '{"folders": [42, "relative/path"');
    expect(rememberedBackupFolders(dataDir)).toEqual([]);
    const again = await startIpcDesk({ dataDir });
    expect(again.runtime.state.kind).toBe('recovery');
    expect(data<Listing>(await again.dispatch('app:recoveryBackups', {})).backups).toEqual([]);
    expect(fs.existsSync(path.join(drive, copy.name))).toBe(true);
  });

  it('a desk whose folder was set before this file existed has it remembered at its next start', async () => {
    const { dataDir, drive } = await deskWithCopyOnTheDrive(() => undefined);
    fs.rmSync(backupLocationPath(dataDir));
    await startIpcDesk({ dataDir });
    expect(rememberedBackupFolders(dataDir)).toEqual([path.resolve(drive)]);
  });
});
