import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

/**
 * Head office's PostgreSQL schema: plain SQL files `db/hq/NNNN_<what>.sql`, applied in order, each once, each in
 * its own transaction with its row in `hq_migrations`. An advisory lock keeps two projectors starting at the same
 * time from applying one twice. Like the counter's migrations, a file on main is never edited: a change is a new file.
 */
const LOCK_KEY = 0x66647171; // "fdqq": a constant every head-office process shares

export interface HqMigration {
  version: number;
  name: string;
  sql: string;
}

export function readHqMigrations(folder: string): HqMigration[] {
  const list: HqMigration[] = [];
  for (const file of fs.readdirSync(folder).sort()) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) continue;
    list.push({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: fs.readFileSync(path.join(folder, file), 'utf8'),
    });
  }
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`head-office migration ${m.version} out of order (expected ${i + 1})`);
  });
  return list;
}

/** Applies what is missing; returns the versions applied now. */
export async function migrateHq(client: pg.ClientBase, folder: string): Promise<number[]> {
  const migrations = readHqMigrations(folder);
  await client.query('select pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await client.query(
      `create table if not exists hq_migrations (
         version integer primary key, name text not null, applied_at timestamptz not null default now())`,
    );
    const done = await client.query<{ version: number }>('select version from hq_migrations');
    const have = new Set(done.rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (have.has(m.version)) continue;
      await client.query('begin');
      try {
        await client.query(m.sql);
        await client.query('insert into hq_migrations (version, name) values ($1, $2)', [m.version, m.name]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}
