import fs from 'node:fs';
import path from 'node:path';

/**
 * The backup folders a supervisor chose, remembered beside the data file, outside the database: when that file cannot
 * be read, its setting cannot be either, and the recovery screen would see only the default `backups/` folder while
 * the copies sit on the USB drive. Newest first; earlier folders stay listed (a restored older copy may name another
 * folder, or none), a few at most.
 */
export const BACKUP_LOCATION_FILE = 'backup-location.json';

const KEEP_FOLDERS = 5;

export function backupLocationPath(dataDir: string): string {
  return path.join(dataDir, BACKUP_LOCATION_FILE);
}

/** The folders remembered, newest first; none when the file is missing or not what this module writes. */
export function rememberedBackupFolders(dataDir: string): string[] {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(backupLocationPath(dataDir), 'utf8'));
    if (typeof value !== 'object' || value === null) return [];
    const { folders } = value as Record<string, unknown>;
    if (!Array.isArray(folders)) return [];
    return folders.filter((f): f is string => typeof f === 'string' && path.isAbsolute(f));
  } catch {
    return [];
  }
}

/**
 * Puts `folder` first among the remembered ones (the default folder is always looked in, so it is not written).
 * Written to a temporary name, fsynced and renamed: a power cut leaves the old list or the new one. Nothing is
 * written when the folder is already the newest.
 */
export function rememberBackupFolder(dataDir: string, folder: string, defaultFolder: string): void {
  const chosen = path.resolve(folder);
  if (chosen === path.resolve(defaultFolder)) return;
  const known = rememberedBackupFolders(dataDir);
  if (known[0] === chosen) return;
  const folders = [chosen, ...known.filter((f) => f !== chosen)].slice(0, KEEP_FOLDERS);
  const file = backupLocationPath(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify({ folders }));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/** Every folder a recovery looks in: the default one first, then the remembered ones, each once. */
export function recoveryFolders(dataDir: string, defaultFolder: string): string[] {
  return [...new Set([path.resolve(defaultFolder), ...rememberedBackupFolders(dataDir)])];
}
