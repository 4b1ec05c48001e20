import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupKind } from '../../../shared/contract/backup';
import { backupKinds } from '../../../shared/contract/backup';

const NAME = /^frontdesk-([a-z-]+)-(\d{8})-(\d{6})\.sqlite$/;

/** `frontdesk-<kind>-YYYYMMDD-HHMMSS.sqlite`, in UTC so names sort by time wherever the desk is. */
export function backupFileName(kind: BackupKind, at: number): string {
  const iso = new Date(at).toISOString();
  return `frontdesk-${kind}-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}.sqlite`;
}

export function listBackupFiles(folder: string): BackupFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => {
      const file = path.join(folder, name);
      const stat = fs.statSync(file);
      const match = name.match(NAME);
      const kind: BackupFile['kind'] =
        match && (backupKinds as readonly string[]).includes(match[1] as string) ? (match[1] as BackupKind) : 'other';
      const at = match
        ? Date.UTC(
            Number(match[2]?.slice(0, 4)),
            Number(match[2]?.slice(4, 6)) - 1,
            Number(match[2]?.slice(6, 8)),
            Number(match[3]?.slice(0, 2)),
            Number(match[3]?.slice(2, 4)),
            Number(match[3]?.slice(4, 6)),
          )
        : stat.mtimeMs;
      return { file, name, kind, at, bytes: stat.size };
    })
    .sort((a, b) => b.at - a.at);
}

/**
 * Which automatic backups to delete: keep the newest of each of the last `keepDaily` days, and the newest of each
 * of the last `keepMonthly` months. Manual, pre-migration and pre-restore copies are never rotated away.
 */
export function backupsToRemove(files: BackupFile[], keepDaily: number, keepMonthly: number): BackupFile[] {
  const rotated = files.filter((f) => f.kind === 'daily' || f.kind === 'shift').sort((a, b) => b.at - a.at);
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const f of rotated) {
    const day = new Date(f.at).toISOString().slice(0, 10);
    if (!days.has(day) && days.size < keepDaily) {
      days.add(day);
      keep.add(f.file);
    }
  }
  for (const f of rotated) {
    const month = new Date(f.at).toISOString().slice(0, 7);
    if (!months.has(month) && months.size < keepMonthly) {
      months.add(month);
      keep.add(f.file);
    }
  }
  return rotated.filter((f) => !keep.has(f.file));
}
