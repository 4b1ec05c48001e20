import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseUnusableError, openDatabase, pendingMigrations } from '../../db/open';
import { migrationsFolder, tempDir } from '../helpers/db';

describe('opening the database', () => {
  it('migrates an empty file and sets the durability pragmas', async () => {
    const dir = tempDir();
    const { sqlite, preMigrationBackup } = await openDatabase(path.join(dir, 'a.sqlite'), { migrationsFolder });
    expect(preMigrationBackup).toBeNull();
    expect(pendingMigrations(sqlite, migrationsFolder)).toBe(0);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = sqlite.prepare("select name from sqlite_master where type in ('table')").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['site', 'clerks', 'shifts', 'audit_log', 'serial_counters', 'search_fts']),
    );
    sqlite.close();
  });

  it('backs up an existing database before applying a pending migration', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'b.sqlite');
    // Apply only the first migration, put data in, then open with all of them.
    const partial = path.join(dir, 'partial-migrations');
    fs.cpSync(migrationsFolder, partial, { recursive: true });
    const journalFile = path.join(partial, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries = journal.entries.slice(0, 1);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const first = await openDatabase(file, { migrationsFolder: partial });
    first.sqlite
      .prepare("insert into counters (id, name, active, created_at, updated_at) values ('c1', '一楼总服务台', 1, 1, 1)")
      .run();
    first.sqlite.close();

    const second = await openDatabase(file, { migrationsFolder, backupDir: path.join(dir, 'backups') });
    expect(second.preMigrationBackup).not.toBeNull();
    const backup = new Database(second.preMigrationBackup as string, { readonly: true });
    expect(backup.prepare('select name from counters').pluck().get()).toBe('一楼总服务台');
    // The backup is of the old schema: the second migration's table is not in it yet.
    expect(backup.prepare("select count(*) from sqlite_master where name = 'search_fts'").pluck().get()).toBe(0);
    backup.close();
    expect(second.sqlite.prepare("select count(*) from sqlite_master where name = 'search_fts'").pluck().get()).toBe(1);
    second.sqlite.close();
  });

  it('refuses a file that is not a database with a typed error instead of crashing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(file, 'this is a shopping list, not a database '.repeat(200));
    await expect(openDatabase(file, { migrationsFolder })).rejects.toSatisfy(
      (e: unknown) => e instanceof DatabaseUnusableError && e.reason === 'not_a_database',
    );
  });

  it('reports a corrupted database as unusable when the last session did not close cleanly', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.sqlite');
    const ok = await openDatabase(file, { migrationsFolder });
    const insert = ok.sqlite.prepare('insert into serial_counters (prefix, day, last) values (?, ?, 1)');
    for (let i = 0; i < 2000; i++) insert.run(`P${i}`, '20261124');
    ok.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    ok.sqlite.close();
    const bytes = fs.readFileSync(file);
    // Overwrite the middle pages (b-tree pages) with garbage, leave the header intact.
    bytes.fill(0x5a, 4096 * 3, bytes.length - 4096);
    fs.writeFileSync(file, bytes);
    // A write-ahead log left behind, as after a power cut: every page is read at open.
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(64, 1));
    await expect(openDatabase(file, { migrationsFolder })).rejects.toBeInstanceOf(DatabaseUnusableError);
    fs.rmSync(`${file}-wal`, { force: true });
    // After a clean close only the schema is read at open; asked for, the full check finds it all the same.
    await expect(openDatabase(file, { migrationsFolder, fullCheck: true })).rejects.toBeInstanceOf(
      DatabaseUnusableError,
    );
  });
});
