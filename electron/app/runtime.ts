import fs from 'node:fs';
import path from 'node:path';
import { DatabaseUnusableError, openDatabase, timestampForFile } from '../../db/open';
import { seedDemoData } from '../services/demo-data';
import { SessionStore } from '../services/session';
import { ClaimPool } from '../services/storage/claim-pool';
import { serviceContext } from './modules';
import { startSchedulers } from './schedulers';
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

async function openRuntimeDatabase(runtime: AppRuntime): Promise<void> {
  try {
    const opened = await openDatabase(runtime.databaseFile, {
      migrationsFolder: runtime.options.migrationsFolder,
      backupDir: runtime.backupDir,
      nativeBinding: runtime.options.nativeBinding,
    });
    const ctx = serviceContext(opened, runtime.clock);
    if (runtime.options.demoData) seedDemoData(ctx);
    runtime.state = { kind: 'ready', opened, ctx };
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

/** Closes the database, renames the current file aside (never deletes it), copies `file` into place, reopens. */
export async function restoreBackup(
  runtime: AppRuntime,
  file: string,
): Promise<{ restoredFrom: string; keptAside: string }> {
  const backup = { file };
  const label = runtime.state.kind === 'ready' ? 'replaced' : 'unusable';
  if (runtime.state.kind === 'ready') runtime.state.opened.sqlite.close();
  const keptAside = `${runtime.databaseFile}.${label}-${timestampForFile(Date.now())}`;
  if (fs.existsSync(runtime.databaseFile)) fs.renameSync(runtime.databaseFile, keptAside);
  for (const suffix of ['-wal', '-shm']) {
    const side = runtime.databaseFile + suffix;
    if (fs.existsSync(side)) fs.renameSync(side, keptAside + suffix);
  }
  fs.copyFileSync(backup.file, runtime.databaseFile);
  runtime.sessions.clear();
  await openRuntimeDatabase(runtime);
  return { restoredFrom: backup.file, keptAside };
}

export function closeRuntime(runtime: AppRuntime): void {
  runtime.stopSchedulers();
  if (runtime.state.kind === 'ready') runtime.state.opened.sqlite.close();
  runtime.state = { kind: 'recovery', reasonKey: 'recovery.notOpened' };
}
