import fs from 'node:fs';
import path from 'node:path';
import { DatabaseUnusableError, type OpenedDatabase, openDatabase, timestampForFile } from '../../db/open';
import type { Clock, ServiceContext } from '../services/context';
import { seedDemoData } from '../services/demo-data';
import { scheduleRetention } from '../services/reception/retention';
import type { SessionHolder } from '../services/session';
import { scheduleDailyBackup } from './backup-schedule';

export interface RuntimeOptions {
  mode: 'desktop' | 'browser';
  dataDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
  clock?: Clock;
  /** Desktop only: prints the app's window (Electron's webContents.print). Browser mode has none. */
  printPage?: (options: { silent: boolean }) => Promise<void>;
  /** Desktop only: the window's print layout as an A4 PDF (Electron's printToPDF). Browser mode has none. */
  printToPdf?: () => Promise<Uint8Array>;
  /** Fill an empty database with the demo site, clerks, departments and shops. */
  demoData?: boolean;
}

export type RuntimeState =
  | { kind: 'ready'; opened: OpenedDatabase; ctx: ServiceContext }
  | { kind: 'recovery'; reasonKey: string };

/** Everything main (or the browser-mode server) holds: the database, the clock, and who is at the desk. */
export interface AppRuntime {
  options: RuntimeOptions;
  databaseFile: string;
  backupDir: string;
  clock: Clock;
  session: SessionHolder;
  state: RuntimeState;
}

export async function startRuntime(options: RuntimeOptions): Promise<AppRuntime> {
  const runtime: AppRuntime = {
    options,
    databaseFile: path.join(options.dataDir, 'frontdesk.sqlite'),
    backupDir: path.join(options.dataDir, 'backups'),
    clock: options.clock ?? { now: () => Date.now() },
    session: { current: null },
    state: { kind: 'recovery', reasonKey: 'recovery.notOpened' },
  };
  await openRuntimeDatabase(runtime);
  // Visitor data retention: at start and daily; reads the state each time so a restored database is covered too.
  scheduleRetention(() => (runtime.state.kind === 'ready' ? runtime.state.ctx : null));
  scheduleDailyBackup(runtime);
  return runtime;
}

async function openRuntimeDatabase(runtime: AppRuntime): Promise<void> {
  try {
    const opened = await openDatabase(runtime.databaseFile, {
      migrationsFolder: runtime.options.migrationsFolder,
      backupDir: runtime.backupDir,
      nativeBinding: runtime.options.nativeBinding,
    });
    const ctx: ServiceContext = { db: opened.db, sqlite: opened.sqlite, clock: runtime.clock };
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
  runtime.session.current = null;
  await openRuntimeDatabase(runtime);
  return { restoredFrom: backup.file, keptAside };
}

export function closeRuntime(runtime: AppRuntime): void {
  if (runtime.state.kind === 'ready') runtime.state.opened.sqlite.close();
  // Timers still scheduled (daily backup, retention) must see that there is no database any more.
  runtime.state = { kind: 'recovery', reasonKey: 'recovery.notOpened' };
}
