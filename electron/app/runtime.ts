import fs from 'node:fs';
import path from 'node:path';
import { DatabaseUnusableError, openDatabase } from '../../db/open';
import { HEAD_FILE } from '../services/audit/head-file';
import { auditHead } from '../services/audit/log';
import { effectiveBackupFolder } from '../services/backup/backup';
import { tidyBackupFolder } from '../services/backup/files';
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
  const inBackups = fs.existsSync(runtime.backupDir)
    ? fs
        .readdirSync(runtime.backupDir)
        .filter((name) => name.endsWith('.sqlite') || name.endsWith('.partial') || name === HEAD_FILE)
        .map((name) => path.join(path.basename(runtime.backupDir), name))
    : [];
  return [...inData, ...inBackups].sort();
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
    // Copies a crash interrupted, and what checking copies left beside them.
    for (const folder of new Set([runtime.backupDir, effectiveBackupFolder(ctx, runtime.backupDir)]))
      tidyBackupFolder(folder);
  } catch (error) {
    if (!(error instanceof DatabaseUnusableError)) throw error;
    runtime.state = { kind: 'recovery', reasonKey: `recovery.${error.reason}` };
  }
}

export function newestBackup(runtime: AppRuntime): { file: string; at: number } | null {
  if (!fs.existsSync(runtime.backupDir)) return null;
  const files = fs
    .readdirSync(runtime.backupDir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => ({ file: path.join(runtime.backupDir, f), at: fs.statSync(path.join(runtime.backupDir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  return files[0] ?? null;
}

/** Puts the unusable file aside (never deletes it) and copies the newest backup into its place. */
export async function restoreNewestBackup(runtime: AppRuntime): Promise<{ restoredFrom: string; keptAside: string }> {
  const backup = newestBackup(runtime);
  if (!backup) throw new Error('no backup');
  return restoreBackup(runtime, backup.file);
}

/** Restores the copy named `name` in the backup folder over a damaged or missing live file (the recovery screen). */
export async function restoreChosenBackup(
  runtime: AppRuntime,
  name: string,
): Promise<{ restoredFrom: string; keptAside: string }> {
  // Only a name the folder lists: never a path the caller made up.
  const chosen = recoveryBackups(runtime.backupDir, runtime.options.nativeBinding).find((b) => b.name === name);
  if (!chosen) throw new AppError('not_found', 'errors.noBackup', 'name');
  if (!chosen.readable) throw new AppError('rule', 'errors.backupUnreadable', 'name');
  return restoreBackup(runtime, path.join(runtime.backupDir, chosen.name));
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
