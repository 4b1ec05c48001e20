import { z } from 'zod';
import { messageWithParams } from '../errors';
import type { SiteKind } from '../modules';
import { channel } from './channel';
import type { backupFileKinds } from './core-fields';
import { idSchema, pinSchema, requiredText } from './fields';
import type { Role } from './roles';

export interface LoginClerk {
  id: string;
  name: string;
  employeeNo: string;
  role: Role;
  lockedUntil: number | null;
}

export interface SessionView {
  clerk: { id: string; name: string; employeeNo: string; role: Role };
  shift: { id: string; openedAt: number; openedBy: string; openedByName: string };
  counter: { id: string; name: string };
  site: { name: string; code: string; timeZone: string; kind: SiteKind };
  locked: boolean;
  /** This clerk ended the day (handover without a successor): only the handover result is still open. */
  endedDay: boolean;
}

export interface AppStatus {
  state: 'ready' | 'recovery';
  /** Why the database could not be opened, as an i18n key. */
  reasonKey?: string;
  newestBackup?: { file: string; at: number } | null;
  /** No live file, but these may hold the desk's data (kept aside, a restore's copy, backups): named, never overwritten. */
  found?: string[];
  databaseFile: string;
  mode: 'desktop' | 'browser';
}

/** A backup as the recovery screen lists it: what a quick read-only look at the copy tells. */
export interface RecoveryBackup {
  name: string;
  /** The folder it is in: the default one beside the data file, or one a supervisor chose (remembered outside it). */
  folder: string;
  kind: (typeof backupFileKinds)[number];
  at: number;
  bytes: number;
  /** False when the copy cannot be opened as a desk database: listed, not offered. */
  readable: boolean;
  auditCount: number | null;
  auditHead: string | null;
  /** When the last audit entry in the copy was written: the newest work it holds. */
  lastEntryAt: number | null;
  timeZone: string | null;
}

export const sessionContract = {
  'app:status': channel<AppStatus>()(z.object({}), 'public'),
  /** The backups a restore can use, newest first, with the site's time zone as the copies store it (recovery only). */
  'app:recoveryBackups': channel<{ backups: RecoveryBackup[]; timeZone: string }>()(z.object({}), 'public'),
  /**
   * Restores the chosen copy (by its name in one of the folders the recovery list looks in; the default folder when
   * none is given) over a damaged or missing data file.
   */
  'app:restoreBackup': channel<{ restoredFrom: string; keptAside: string }>()(
    z.object({
      name: requiredText(200),
      folder: z
        .string()
        .max(400, messageWithParams('errors.tooLong', { max: 400 }))
        .optional(),
    }),
    'public',
  ),
  'app:restoreNewestBackup': channel<{ restoredFrom: string; keptAside: string }>()(z.object({}), 'public'),
  'session:loginClerks': channel<LoginClerk[]>()(z.object({}), 'public'),
  'session:current': channel<SessionView | null>()(z.object({}), 'public'),
  'session:login': channel<SessionView>()(z.object({ clerkId: idSchema, pin: pinSchema }), 'public', {
    pins: (input) => [input],
  }),
  'session:lock': channel<SessionView>()(z.object({}), 'session'),
  /** Unlock as the same clerk, or take over the open shift's desk as another clerk. */
  'session:unlock': channel<SessionView>()(z.object({ clerkId: idSchema, pin: pinSchema }), 'public', {
    pins: (input) => [input],
  }),
  'session:logout': channel<null>()(z.object({}), 'session'),
  /**
   * Prints the page on show. In the desktop app main prints it (to the default printer without a dialog when the
   * site's printing setting says so); elsewhere `handled` is false and the renderer uses the browser's print.
   */
  'app:print': channel<{ handled: boolean }>()(z.object({}), 'session'),
};
