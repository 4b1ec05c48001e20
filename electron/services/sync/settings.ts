import type { Sqlite } from '../../../db/open';
import { decryptSecret, encryptSecret, isEncrypted } from './secret';

/** This PC's enrolment as a counter of a site. Null while the desk is a single PC: nothing is sent or read. */
export interface SyncSettings {
  enabled: boolean;
  serverUrl: string;
  user: string;
  /** In clear here only: stored encrypted (secret.ts). Empty when this PC cannot read it (a restored backup). */
  password: string;
  site: string;
  counterIndex: number;
  enrolledAt: number;
  appliedSeq: number;
}

const SELECT = `select enabled, server_url as serverUrl, user, password, site, counter_index as counterIndex,
  enrolled_at as enrolledAt, applied_seq as appliedSeq from sync_settings where id = 1`;

export function getSyncSettings(sqlite: Sqlite): SyncSettings | null {
  const row = sqlite.prepare(SELECT).get() as (Omit<SyncSettings, 'enabled'> & { enabled: number }) | undefined;
  if (!row) return null;
  // An enrolment saved before the password was encrypted: encrypted now, the first time it is read.
  if (row.password !== '' && !isEncrypted(row.password))
    sqlite.prepare('update sync_settings set password = ? where id = 1').run(encryptSecret(sqlite, row.password));
  return { ...row, password: decryptSecret(sqlite, row.password) ?? '', enabled: row.enabled === 1 };
}

/** Whether a password is saved that this PC can read (the screen shows it masked, never its value). */
export function syncPasswordReadable(sqlite: Sqlite): boolean {
  const stored = sqlite.prepare('select password from sync_settings where id = 1').pluck().get();
  return typeof stored === 'string' && stored !== '' && decryptSecret(sqlite, stored) !== null;
}

export function saveSyncSettings(sqlite: Sqlite, settings: Omit<SyncSettings, 'appliedSeq'>): void {
  sqlite
    .prepare(
      `insert into sync_settings (id, enabled, server_url, user, password, site, counter_index, enrolled_at)
       values (1, @enabled, @serverUrl, @user, @password, @site, @counterIndex, @enrolledAt)
       on conflict (id) do update set enabled = excluded.enabled, server_url = excluded.server_url, user = excluded.user,
         password = excluded.password, site = excluded.site, counter_index = excluded.counter_index`,
    )
    .run({ ...settings, password: encryptSecret(sqlite, settings.password), enabled: settings.enabled ? 1 : 0 });
}

export function setSyncEnabled(sqlite: Sqlite, enabled: boolean): void {
  sqlite.prepare('update sync_settings set enabled = ? where id = 1').run(enabled ? 1 : 0);
}

/** The counter's index when it is enrolled at a site: its serials come from its own block of numbers. */
export function enrolledCounterIndex(sqlite: Sqlite): number | null {
  const value = sqlite.prepare('select counter_index from sync_settings where id = 1').pluck().get();
  return typeof value === 'number' ? value : null;
}
