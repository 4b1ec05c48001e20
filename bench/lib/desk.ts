import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { type OpenedDatabase, openDatabase, pendingMigrations } from '../../db/open';
import { createDispatcher, type Dispatch } from '../../electron/app/dispatch';
import { serviceContext } from '../../electron/app/modules';
import type { AppRuntime } from '../../electron/app/runtime';
import { type ServiceContext, systemClock } from '../../electron/services/context';
import { demoClerks } from '../../electron/services/demo-data';
import { DESKTOP_SESSION, SessionStore } from '../../electron/services/session';
import { ClaimPool } from '../../electron/services/storage/claim-pool';

export const benchDir = path.resolve(__dirname, '../../.bench-data');
const migrationsFolder = path.resolve(__dirname, '../../db/migrations');

/** The app as main runs it, on a copy of the generated file, with the lead logged in through the dispatcher. */
export interface BenchDesk {
  file: string;
  opened: OpenedDatabase;
  ctx: ServiceContext;
  runtime: AppRuntime;
  dispatch: Dispatch;
  /** Unwraps a dispatcher result; a refusal is a bug in the bench and stops it. */
  call<T>(channel: string, input: unknown): Promise<T>;
  /** Logs out whoever is at the desk and logs the demo clerk of that role in (the lead by default). */
  loginAs(role: 'lead' | 'supervisor'): Promise<void>;
}

/**
 * Brings the generated file up to the current migrations once, in place and without the app's pre-migration copy
 * (the file can be generated again), so that each run's working copy opens without migrating gigabytes.
 */
export function migrateInPlace(source: string): void {
  const sqlite = new Database(source);
  try {
    if (pendingMigrations(sqlite, migrationsFolder) === 0) return;
    console.log('applying pending migrations to the generated file …');
    sqlite.pragma('journal_mode = WAL');
    migrate(drizzle({ client: sqlite }), { migrationsFolder });
    sqlite.exec('ANALYZE');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}

/** Copies the generated file so saves made by a run never change it: every run starts from the same data. */
export function workingCopy(source: string): string {
  const target = path.join(benchDir, 'run.sqlite');
  // The generated file may live elsewhere (--data), so the bench's own folder may not exist yet.
  fs.mkdirSync(benchDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.copyFileSync(source, target);
  return target;
}

export async function openBenchDesk(file: string): Promise<BenchDesk> {
  const backupDir = path.join(benchDir, 'backups');
  fs.rmSync(backupDir, { recursive: true, force: true });
  const opened = await openDatabase(file, { migrationsFolder, backupDir });
  // A pending migration made a pre-migration copy of the whole file: not needed for a throwaway copy.
  if (opened.preMigrationBackup) fs.rmSync(opened.preMigrationBackup, { force: true });
  const ctx = serviceContext(opened, systemClock);
  const runtime: AppRuntime = {
    options: { mode: 'browser', dataDir: benchDir, migrationsFolder },
    databaseFile: file,
    backupDir,
    clock: systemClock,
    sessions: new SessionStore(),
    state: { kind: 'ready', opened, ctx },
    claims: new ClaimPool(),
    stopSchedulers: () => undefined,
    backgroundIdle: async () => undefined,
  };
  const dispatch = createDispatcher(runtime);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  const loginAs = async (role: 'lead' | 'supervisor') => {
    const clerk = demoClerks.find((c) => c.role === role);
    const clerkId = opened.sqlite.prepare('select id from clerks where employee_no = ?').pluck().get(clerk?.employeeNo);
    if (runtime.sessions.holder(DESKTOP_SESSION).current) await call('session:logout', {});
    await call('session:login', { clerkId, pin: clerk?.pin });
  };
  await loginAs('lead');
  return { file, opened, ctx, runtime, dispatch, call, loginAs };
}
