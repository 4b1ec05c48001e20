import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { nativeBindingOf, type Sqlite } from '../../../db/open';
import {
  type BackupKind,
  type BackupResult,
  type BackupSettings,
  backupSettingsSchema,
} from '../../../shared/contract/backup';
import { headFilePath } from '../audit/head-file';
import { verifyAuditChain } from '../audit/verify';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { readSetting } from '../settings';
import { write } from '../write';
import { checkBackupFileInSteps } from './check';
import { copyDatabase } from './copy';
import { backupsToRemove, freshBackupName, listBackupFiles } from './files';
import { recordedVerification } from './verified-head';

export const defaultBackupSettings: BackupSettings = { folder: '', keepDaily: 14, keepMonthly: 12 };

export function getBackupSettings(ctx: ServiceContext): BackupSettings {
  return readSetting(ctx, 'backup', defaultBackupSettings, (v) => backupSettingsSchema.parse(v));
}

export function effectiveBackupFolder(ctx: ServiceContext, defaultFolder: string): string {
  return getBackupSettings(ctx).folder || defaultFolder;
}

/**
 * The audit head file (audit/head-file.ts) sits beside the backups, in the folder a supervisor chose (often another
 * disk), not only in the default one: a copy of the head away from the data file is what makes it worth keeping.
 */
export function auditHeadFile(ctx: ServiceContext, defaultFolder: string): string {
  return headFilePath(effectiveBackupFolder(ctx, defaultFolder));
}

/**
 * Online backup (the desk keeps working while it copies), then the copy is checked: `integrity_check` and the
 * audit chain must verify, or the copy is discarded and the backup reported as failed. Old automatic copies rotate.
 */
export async function runBackup(
  ctx: ServiceContext,
  actor: Actor | null,
  options: { folder: string; kind: BackupKind },
): Promise<BackupResult> {
  const settings = getBackupSettings(ctx);
  const at = ctx.clock.now();
  try {
    fs.mkdirSync(options.folder, { recursive: true });
  } catch {
    throw new AppError('storage', 'errors.backupFolder', 'folder');
  }
  const name = freshBackupName(options.folder, options.kind, at);
  const final = path.join(options.folder, name);
  const partial = `${final}.partial`;
  try {
    await copyDatabase(ctx.sqlite, partial);
  } catch {
    fs.rmSync(partial, { force: true });
    throw new AppError('storage', 'errors.backupWrite');
  }
  // Verified from the head the last check recorded; the scheduled full check (full-check.ts) covers what lies before.
  const { from } = recordedVerification(ctx.sqlite);
  const check = await checkBackupFileInSteps(partial, nativeBindingOf(ctx.sqlite), { from });
  if (!check.ok) {
    fs.rmSync(partial, { force: true });
    throw new AppError('storage', 'errors.backupCheckFailed');
  }
  // Checking the copy may leave a shared-memory file beside it; the copy is complete without it.
  for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(partial + side, { force: true });
  fs.renameSync(partial, final);
  const removed: string[] = [];
  const files = listBackupFiles(options.folder);
  for (const old of backupsToRemove(files, settings.keepDaily, settings.keepMonthly, final)) {
    fs.rmSync(old.file, { force: true });
    removed.push(old.name);
  }
  const verified = { auditCount: check.count, auditHead: check.head, verifiedFrom: from?.count ?? 0 };
  write(ctx, actor, (tx) => tx.event('backup', name, `backup ${options.kind}`, { file: final, removed, ...verified }));
  return {
    file: final,
    name,
    kind: options.kind,
    at,
    bytes: fs.statSync(final).size,
    integrity: 'ok',
    auditCount: check.count,
    auditHead: check.head,
    removed,
  };
}

/** Opens a backup read-only and checks it as thoroughly as the live file. */
export function checkBackupFile(file: string): { ok: true; count: number; head: string } | { ok: false } {
  let copy: Sqlite | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') return { ok: false };
    const verified = verifyAuditChain(copy);
    return verified.ok ? { ok: true, count: verified.count, head: verified.head } : { ok: false };
  } catch {
    return { ok: false };
  } finally {
    copy?.close();
  }
}

/** True when no automatic backup was written today (UTC day of the clock) in the folder. */
export function dailyBackupDue(folder: string, now: number): boolean {
  const today = new Date(now).toISOString().slice(0, 10);
  return !listBackupFiles(folder).some(
    (f) => (f.kind === 'daily' || f.kind === 'shift') && new Date(f.at).toISOString().slice(0, 10) === today,
  );
}
