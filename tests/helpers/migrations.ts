import fs from 'node:fs';
import path from 'node:path';
import { type OpenedDatabase, openDatabase } from '../../db/open';
import { migrationsFolder, tempDir } from './db';

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** The production migrations up to and including `tag` (e.g. `0017_search_entry_tags`), as their own folder. */
export function migrationsUpTo(tag: string): string {
  const folder = path.join(tempDir(), `migrations-${tag}`);
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal: Journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.findIndex((e) => e.tag === tag);
  if (last < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/**
 * A migration's test in the manner of Signal Desktop's: a database file at the migration before it (`before`), data
 * written there the way that schema held it, then every production migration applied on top.
 */
export async function databaseBefore(before: string): Promise<{ file: string; opened: OpenedDatabase }> {
  const file = path.join(tempDir(), 'desk.sqlite');
  return { file, opened: await openDatabase(file, { migrationsFolder: migrationsUpTo(before) }) };
}

/** Applies the remaining production migrations to the file (a copy is backed up first, as at any start). */
export function migrateToLatest(file: string): Promise<OpenedDatabase> {
  return openDatabase(file, { migrationsFolder });
}
