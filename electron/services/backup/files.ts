import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupKind } from '../../../shared/contract/backup';
import { backupKinds } from '../../../shared/contract/backup';

const NAME = /^frontdesk-([a-z-]+)-(\d{8})-(\d{6})(?:-(\d{3}))?(?:-\d+)?\.sqlite$/;

/**
 * `frontdesk-<kind>-YYYYMMDD-HHMMSS-mmm.sqlite`, in UTC so names sort by time wherever the desk is; unique to the
 * millisecond with its kind (two copies in one second, a shift's and the day's, no longer share a name or a time).
 */
export function backupFileName(kind: BackupKind, at: number): string {
  const iso = new Date(at).toISOString();
  const day = iso.slice(0, 10).replaceAll('-', '');
  return `frontdesk-${kind}-${day}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}.sqlite`;
}

/** A name for a new copy that no file in `folder` has yet (`-2`, `-3` in the rare same-millisecond case). */
export function freshBackupName(folder: string, kind: BackupKind, at: number): string {
  const taken = (name: string) =>
    fs.existsSync(path.join(folder, name)) || fs.existsSync(`${path.join(folder, name)}.partial`);
  const name = backupFileName(kind, at);
  if (!taken(name)) return name;
  for (let n = 2; ; n++) {
    const numbered = name.replace(/\.sqlite$/, `-${n}.sqlite`);
    if (!taken(numbered)) return numbered;
  }
}

/**
 * What a start tidies in a backup folder: copies a crash or power cut interrupted (`.partial`), and `-wal`/`-shm`
 * files that checking a copy left beside it (copies are never written after they are made). Returns the names.
 */
export function tidyBackupFolder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!/\.partial(-wal|-shm|-journal)?$|\.sqlite(-wal|-shm|-journal)$/.test(name)) continue;
    fs.rmSync(path.join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
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
            Number(match[4] ?? 0),
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
export function backupsToRemove(
  files: BackupFile[],
  keepDaily: number,
  keepMonthly: number,
  justWritten?: string,
): BackupFile[] {
  const rotated = files.filter((f) => f.kind === 'daily' || f.kind === 'shift').sort((a, b) => b.at - a.at);
  // The copy just written is never rotated away, whatever the clock or the names say.
  const keep = new Set<string>(justWritten ? [justWritten] : []);
  const days = new Set<string>();
  const months = new Set<string>();
  const written = rotated.find((f) => f.file === justWritten);
  if (written) {
    // It is the newest copy of its day and its month, whatever another of the same time sorts as.
    days.add(new Date(written.at).toISOString().slice(0, 10));
    months.add(new Date(written.at).toISOString().slice(0, 7));
  }
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
