import fs from 'node:fs';
import path from 'node:path';
import { DatabaseUnusableError, openDatabase } from '../../db/open';
import { HEAD_FILE } from '../services/audit/head-file';
import { auditHead } from '../services/audit/log';
import { effectiveBackupFolder } from '../services/backup/backup';
import { tidyBackupFolder } from '../services/backup/files';
import { recoveryFolders, rememberBackupFolder } from '../services/backup/location-file';
import { recoveryBackups } from '../services/backup/recovery-list';
import { seedDemoData } from '../services/demo-data';
import { AppError } from '../services/errors';
import { SessionStore } from '../services/session';
import { ClaimPool } from '../services/storage/claim-pool';
import { serviceContext } from './modules';
import { type RestoreRecord, recordRestore, replaceLiveFile, restoringFile } from './restore';
import { startSchedulers } from './schedulers';
import { startSync, stopSync } from './sync-runtime';
import type { AppRuntime, RuntimeOptions } from './types';
import { warmUp } from './warm-up';

export type { AppRuntime, RuntimeOptions, RuntimeState } from './types';

export async function startRuntime(options: RuntimeOptions): Promise<AppRuntime> {
  const runtime: AppRuntime = {
    options,
    databaseFile: path.join(options.dataDir, 'frontdesk.sqlite'),
    backupDir: path.join(options.dataDir, 'backups'),
    clock: options.clock ?? { now: () => Date.now() },
    sessions: new SessionStore(),
    state: { kind: 'recovery', reasonKey: 'recovery.notOpened' },
    claims: new ClaimPool(),
    stopSchedulers: () => undefined,
    backgroundIdle: async () => undefined,
  };
  await openRuntimeDatabase(runtime);
  const schedulers = startSchedulers(
    () => (runtime.state.kind === 'ready' && runtime.state.ctx.sqlite.open ? runtime.state.ctx : null),
    runtime.backupDir,
  );
  runtime.stopSchedulers = schedulers.stop;
  runtime.backgroundIdle = schedulers.idle;
  // The first deposit of the day finds a claim code hashed already, and the first save its schemas compiled.
  runtime.claims.warm();
  void warmUp(() => runtime.state.kind !== 'ready');
  return runtime;
}

/**
 * With no live file, what a start finds that may hold the desk's data: files kept aside by a restore or a recovery,
 * a restore's temporary copy, backups. Then the recovery screen names them; a demo desk is never made over them.
 */
export function leftoversWithoutDatabase(runtime: AppRuntime): string[] {
  const live = path.basename(runtime.databaseFile);
  if (fs.existsSync(runtime.databaseFile)) {
    // A restore interrupted before its rename: the live file is the old one, whole; its temporary copy goes.
    fs.rmSync(restoringFile(runtime.databaseFile), { force: true });
    return [];
  }
  const inData = fs.existsSync(runtime.options.dataDir)
    ? fs
        .readdirSync(runtime.options.dataDir)
        .filter((name) => name.startsWith(`${live}.`) || name.startsWith(`${live}-`))
    : [];
  // The default folder by its short name, a folder a supervisor chose (remembered outside the database) in full.
  const inBackups = runtimeRecoveryFolders(runtime).flatMap((folder) => {
    if (!fs.existsSync(folder)) return [];
    const shown = folder === path.resolve(runtime.backupDir) ? path.basename(folder) : folder;
    return fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.sqlite') || name.endsWith('.partial') || name === HEAD_FILE)
      .map((name) => path.join(shown, name));
  });
  return [...inData, ...inBackups].sort();
}

/** Where a recovery looks for copies: `backups/` beside the data file, then the folders chosen in the settings. */
export function runtimeRecoveryFolders(runtime: AppRuntime): string[] {
  return recoveryFolders(runtime.options.dataDir, runtime.backupDir);
}

async function openRuntimeDatabase(runtime: AppRuntime): Promise<void> {
  const found = leftoversWithoutDatabase(runtime);
  if (found.length > 0) {
    runtime.state = { kind: 'recovery', reasonKey: 'recovery.missing', found };
    return;
  }
  try {
    const opened = await openDatabase(runtime.databaseFile, {
      migrationsFolder: runtime.options.migrationsFolder,
      backupDir: runtime.backupDir,
      nativeBinding: runtime.options.nativeBinding,
    });
    const ctx = serviceContext(opened, runtime.clock);
    if (runtime.options.demoData) seedDemoData(ctx);
    runtime.state = { kind: 'ready', opened, ctx };
    startSync(runtime, ctx);
    const chosenFolder = effectiveBackupFolder(ctx, runtime.backupDir);
    // A desk whose folder was set before it was remembered outside the database, or a restored copy naming another.
    // Only a help to a later recovery: a data folder that takes no small file still opens its desk.
    try {
      rememberBackupFolder(runtime.options.dataDir, chosenFolder, runtime.backupDir);
    } catch {}
    // Copies a crash interrupted, and what checking copies left beside them.
    for (const folder of new Set([runtime.backupDir, chosenFolder])) tidyBackupFolder(folder);
  } catch (error) {
    if (!(error instanceof DatabaseUnusableError)) throw error;
    runtime.state = { kind: 'recovery', reasonKey: `recovery.${error.reason}` };
  }
}

export function newestBackup(runtime: AppRuntime): { file: string; at: number } | null {
  const files = runtimeRecoveryFolders(runtime)
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) =>
      fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.sqlite'))
        .map((f) => ({ file: path.join(folder, f), at: fs.statSync(path.join(folder, f)).mtimeMs })),
    )
    .sort((a, b) => b.at - a.at);
  return files[0] ?? null;
}

/** Puts the unusable file aside (never deletes it) and copies the newest backup into its place. */
export async function restoreNewestBackup(runtime: AppRuntime): Promise<{ restoredFrom: string; keptAside: string }> {
  const backup = newestBackup(runtime);
  if (!backup) throw new Error('no backup');
  return restoreBackup(runtime, backup.file);
}

/**
 * Restores the copy named `name` in `folder` (the default backup folder when none is given) over a damaged or missing
 * live file (the recovery screen).
 */
export async function restoreChosenBackup(
  runtime: AppRuntime,
  name: string,
  folder?: string,
): Promise<{ restoredFrom: string; keptAside: string }> {
  // Only a folder the recovery looks in and a name it lists there: never a path the caller made up.
  const wanted = folder ? path.resolve(folder) : path.resolve(runtime.backupDir);
  const chosen = recoveryBackups(runtimeRecoveryFolders(runtime), runtime.options.nativeBinding).find(
    (b) => b.folder === wanted && b.name === name,
  );
  if (!chosen) throw new AppError('not_found', 'errors.noBackup', 'name');
  if (!chosen.readable) throw new AppError('rule', 'errors.backupUnreadable', 'name');
  return restoreBackup(runtime, path.join(chosen.folder, chosen.name));
}

/**
 * Closes the database, replaces the live file with `file` atomically (the replaced one is kept aside, never
 * deleted), reopens, and records the restore in the restored file's own log.
 */
export async function restoreBackup(
  runtime: AppRuntime,
  file: string,
  record: RestoreRecord | null = null,
): Promise<{ restoredFrom: string; keptAside: string }> {
  const ready = runtime.state.kind === 'ready' ? runtime.state : null;
  const replaced = ready ? auditHead(ready.ctx.sqlite) : null;
  await stopSync(runtime);
  if (ready) ready.opened.sqlite.close();
  const keptAside = replaceLiveFile(runtime.databaseFile, file, ready ? 'replaced' : 'unusable', runtime.clock.now());
  runtime.sessions.clear();
  await openRuntimeDatabase(runtime);
  recordRestore(runtime, file, record, replaced, keptAside);
  return { restoredFrom: file, keptAside };
}

export function closeRuntime(runtime: AppRuntime): void {
  runtime.stopSchedulers();
  void stopSync(runtime);
  if (runtime.state.kind === 'ready') runtime.state.opened.sqlite.close();
  runtime.state = { kind: 'recovery', reasonKey: 'recovery.notOpened' };
}
