import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { registerSqlFunctions } from './functions';
import * as schema from './schema';
import { cacheStatements } from './statement-cache';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };

export interface OpenedDatabase {
  file: string;
  sqlite: Sqlite;
  db: Db;
  /** Backup written because migrations were pending on an existing database, if any. */
  preMigrationBackup: string | null;
}

export interface OpenOptions {
  migrationsFolder: string;
  /** Where the pre-migration copy goes; defaults to `backups/` beside the database. */
  backupDir?: string;
  /** Path of a better-sqlite3 build for this runtime (Electron passes its own; Node uses the package's). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Read every page (quick_check) even after a clean shutdown. */
  fullCheck?: boolean;
}

export type UnusableReason = 'not_a_database' | 'corrupt' | 'cannot_open';

/** The file exists but cannot be used; the app shows its recovery screen instead of crashing. */
export class DatabaseUnusableError extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly detail: string,
  ) {
    super(`database unusable (${reason}): ${detail}`);
  }
}

const nativeBindings = new WeakMap<Sqlite, string>();

/** The driver build a connection was opened with, so a worker thread can open the same file with it. */
export function nativeBindingOf(sqlite: Sqlite): string | undefined {
  return nativeBindings.get(sqlite);
}

export const defaultMigrationsFolder = path.resolve(__dirname, 'migrations');

/** Opens (creating if needed), checks, backs up if a migration is pending, and migrates. */
export async function openDatabase(file: string, options: OpenOptions): Promise<OpenedDatabase> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  // A write-ahead log left beside the file means the last session did not close cleanly (a crash or a power cut):
  // SQLite removes it on a clean close. Only then is every page read (quick_check takes about 20 s at seven years
  // of data); otherwise the schema is read, and the daily and shift backups check the whole file (integrity_check).
  const uncleanShutdown = existed && fileSize(`${file}-wal`) > 0;
  let sqlite: Sqlite;
  try {
    sqlite = new Database(file, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (error) {
    throw new DatabaseUnusableError('cannot_open', String(error));
  }
  if (options.nativeBinding) nativeBindings.set(sqlite, options.nativeBinding);
  let db: Db;
  let preMigrationBackup: string | null = null;
  try {
    applyPragmas(sqlite);
    registerSqlFunctions(sqlite);
    cacheStatements(sqlite);
    if (uncleanShutdown || options.fullCheck) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DatabaseUnusableError('corrupt', String(check));
    } else {
      sqlite.prepare('select count(*) from sqlite_master').get();
    }
    db = drizzle({ client: sqlite, schema, casing: 'snake_case' }) as Db;
    if (existed && pendingMigrations(sqlite, options.migrationsFolder) > 0) {
      const dir = options.backupDir ?? path.join(path.dirname(file), 'backups');
      fs.mkdirSync(dir, { recursive: true });
      preMigrationBackup = path.join(dir, `frontdesk-pre-migration-${timestampForFile(Date.now())}.sqlite`);
      await sqlite.backup(preMigrationBackup);
    }
    if (!options.readonly) {
      migrate(db, { migrationsFolder: options.migrationsFolder });
      // A file this version created holds no record written before an upgrade: the one-off jobs its migrations left
      // (refiling old search text, canonical phones) have nothing to go through, so they are done as it is made.
      if (!existed && sqlite.prepare("select 1 from sqlite_master where name = 'data_jobs'").get()) {
        sqlite.prepare('update data_jobs set done_at = ? where done_at is null').run(Date.now());
      }
    }
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseUnusableError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new DatabaseUnusableError('not_a_database', String(error));
    if (code?.startsWith('SQLITE_')) throw new DatabaseUnusableError('corrupt', String(error));
    throw error;
  }
  return { file, sqlite, db, preMigrationBackup };
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function applyPragmas(sqlite: Sqlite): void {
  sqlite.pragma('journal_mode = WAL');
  // FULL: a clerk's save must survive a power cut at the counter (about 0.1 ms more per save).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // An erased or anonymised value must not survive in a freed page or cell: SQLite overwrites deleted content with
  // zeros (a little more writing per delete; the desk's deletes and blankings are rare).
  sqlite.pragma('secure_delete = ON');
}

interface Journal {
  entries: { tag: string }[];
}

export function pendingMigrations(sqlite: Sqlite, migrationsFolder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  const table = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return journal.entries.length;
  const applied = sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
  return journal.entries.length - applied.n;
}

export function timestampForFile(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
