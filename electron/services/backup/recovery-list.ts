import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import type { RecoveryBackup } from '../../../shared/contract/session';
import { listBackupFiles } from './files';

/**
 * The backups a recovery screen offers from every folder it looks in, newest first, each with its folder and what it
 * holds as far as a quick read-only look can tell: its audit entry count and head, the time of its last entry, and
 * the site's time zone stored in it. A copy that cannot be read is listed too (the clerk sees it exists) but marked
 * unreadable.
 */
export function recoveryBackups(folders: readonly string[], nativeBinding?: string): RecoveryBackup[] {
  return folders
    .flatMap((folder) =>
      listBackupFiles(folder).map(({ name, kind, at, bytes, file }) => ({
        name,
        folder,
        kind,
        at,
        bytes,
        ...peekBackup(file, nativeBinding),
      })),
    )
    .sort((a, b) => b.at - a.at);
}

type Peek = Pick<RecoveryBackup, 'readable' | 'auditCount' | 'auditHead' | 'lastEntryAt' | 'timeZone'>;

/**
 * Reads only the head of the chain and the site row (an index lookup each, fast at any size); the full check runs
 * on the restored file as on every start. Side files the read made beside the copy go again: copies stay single files.
 */
function peekBackup(file: string, nativeBinding?: string): Peek {
  const madeHere = ['-wal', '-shm'].map((side) => file + side).filter((side) => !fs.existsSync(side));
  let copy: Sqlite | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const head = copy.prepare('select seq, hash, at from audit_log order by seq desc limit 1').get() as
      | { seq: number; hash: string; at: number }
      | undefined;
    const site = copy.prepare('select time_zone as timeZone from site limit 1').get() as
      | { timeZone: string }
      | undefined;
    return {
      readable: true,
      auditCount: head?.seq ?? 0,
      auditHead: head?.hash ?? null,
      lastEntryAt: head?.at ?? null,
      timeZone: site?.timeZone ?? null,
    };
  } catch {
    return { readable: false, auditCount: null, auditHead: null, lastEntryAt: null, timeZone: null };
  } finally {
    copy?.close();
    for (const side of madeHere) fs.rmSync(side, { force: true });
  }
}

/** The site's time zone as the newest readable copy stores it: the live file, which holds it, cannot be read. */
export function recoveryTimeZone(backups: RecoveryBackup[], fallback: string): string {
  return backups.find((b) => b.readable && b.timeZone)?.timeZone ?? fallback;
}
