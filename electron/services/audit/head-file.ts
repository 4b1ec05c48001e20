import fs from 'node:fs';
import path from 'node:path';
import type { Sqlite } from '../../../db/open';
import { auditHead } from './log';

/**
 * The chain's head kept outside the database file, beside the backups: a small file, fsynced, rewritten within a
 * second of every write batch. Deleting the newest records together with their log entries leaves a consistent
 * but shorter chain inside the file; this file still names the longer one, and the audit check compares with it.
 */
export const HEAD_FILE = 'audit-head.json';

export interface HeadFile {
  count: number;
  head: string;
  at: number;
}

export function headFilePath(backupDir: string): string {
  return path.join(backupDir, HEAD_FILE);
}

export function readHeadFile(file: string): HeadFile | null {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { count, head, at } = value as Record<string, unknown>;
    if (typeof count !== 'number' || typeof head !== 'string' || typeof at !== 'number') return null;
    return { count, head, at };
  } catch {
    return null;
  }
}

/** Written to a temporary name, fsynced, renamed: a power cut leaves the old head or the new one, never half. */
export function writeHeadFile(file: string, head: HeadFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(head));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/**
 * Brings the head file up to the chain, only when the chain extends what it names: a chain that is shorter than
 * the file, or differs at the file's count, has lost entries, and the file is left as evidence for the check.
 * (A restore rewrites it explicitly.) Returns what happened.
 */
export function refreshHeadFile(sqlite: Sqlite, file: string, now: number): 'written' | 'unchanged' | 'diverged' {
  const current = auditHead(sqlite);
  const kept = readHeadFile(file);
  if (kept && kept.count === current.count && kept.head === current.head) return 'unchanged';
  if (kept && kept.count > 0) {
    const atKept = sqlite.prepare('select hash from audit_log where seq = ?').pluck().get(kept.count);
    if (atKept !== kept.head) return 'diverged';
  }
  writeHeadFile(file, { ...current, at: now });
  return 'written';
}
