import fs from 'node:fs';
import path from 'node:path';
import { timestampForFile } from '../../db/open';
import { writeHeadFile } from '../services/audit/head-file';
import { auditHead } from '../services/audit/log';
import { auditHeadFile } from '../services/backup/backup';
import type { Actor } from '../services/context';
import { write } from '../services/write';
import type { AppRuntime } from './types';

/** Who restored, why, with whose approval: recorded in the restored file's own log. */
export interface RestoreRecord {
  actor: Actor;
  approverId: string | null;
  reason: string;
}

/** Writes a file's content to disk before it counts: a rename after a power cut must not reveal an empty file. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename in `dir` durable (where the platform lets a directory be opened; Windows does not). */
export function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // not supported here: the rename is still atomic
  }
}

/** The temporary name a restore copies to before it replaces the live file. */
export const restoringFile = (databaseFile: string) => `${databaseFile}.restoring`;

/**
 * Replaces the live file with `backup` so that no moment exists without a live file: the copy goes to a temporary
 * file and is fsynced; the current file gets a second name (kept aside, never deleted) while it is still live; then
 * the copy is renamed over it, which is atomic. A power cut at any step leaves either the old file or the new one
 * under the live name. Returns where the replaced file was kept.
 */
export function replaceLiveFile(databaseFile: string, backup: string, label: 'replaced' | 'unusable', now: number) {
  const temp = restoringFile(databaseFile);
  fs.copyFileSync(backup, temp);
  fsyncFile(temp);
  const keptAside = `${databaseFile}.${label}-${timestampForFile(now)}-${String(now % 1000).padStart(3, '0')}`;
  if (fs.existsSync(databaseFile)) {
    try {
      fs.linkSync(databaseFile, keptAside);
    } catch {
      // No hard links on this drive: a full copy, on disk before the live name moves on.
      fs.copyFileSync(databaseFile, keptAside);
      fsyncFile(keptAside);
    }
  }
  // The write-ahead log belongs to the replaced file: it goes aside with it, never beside the restored one.
  for (const suffix of ['-wal', '-shm']) {
    const side = databaseFile + suffix;
    if (fs.existsSync(side)) fs.renameSync(side, keptAside + suffix);
  }
  fs.renameSync(temp, databaseFile);
  fsyncDir(path.dirname(databaseFile));
  return keptAside;
}

/** Notes in the restored file's own log where it came from, who restored it and why, and the head it replaced. */
export function recordRestore(
  runtime: AppRuntime,
  backup: string,
  record: RestoreRecord | null,
  replaced: { count: number; head: string } | null,
  keptAside: string,
): void {
  if (runtime.state.kind !== 'ready') return;
  const ctx = runtime.state.ctx;
  const actor = record ? { ...record.actor, shiftId: null } : null;
  write(ctx, actor, (tx) =>
    tx.event('backup', path.basename(backup), `restored${record ? `: ${record.reason}` : ''}`, {
      from: backup,
      keptAside,
      approver: record?.approverId ?? null,
      replacedAuditCount: replaced?.count ?? null,
      replacedAuditHead: replaced?.head ?? null,
      restoredAuditHead: auditHead(ctx.sqlite).head,
    }),
  );
  // The chain now is the restored one: the head file follows it (the replaced head is in the entry just written).
  writeHeadFile(auditHeadFile(ctx, runtime.backupDir), { ...auditHead(ctx.sqlite), at: ctx.clock.now() });
}
