import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { KEY_FILE } from '../../electron/services/sync/secret';
import { getSyncSettings, saveSyncSettings, syncPasswordReadable } from '../../electron/services/sync/settings';
import { enrolInput } from '../../shared/contract/sync';
import { freshDesk, migrationsFolder, type TestDesk, tempDir } from '../helpers/db';

const SECRET = 'pw-7f3c91-site-secret';

function enrol(desk: TestDesk, password = SECRET) {
  saveSyncSettings(desk.ctx.sqlite, {
    enabled: true,
    serverUrl: 'nats://127.0.0.1:4222',
    user: 'XH-1',
    password,
    site: 'XH',
    counterIndex: 1,
    enrolledAt: desk.clock.now(),
  });
}

/** Every byte the desk keeps in its data folder for the database: the file and its write-ahead log. */
function databaseBytes(desk: TestDesk): string {
  const file = path.join(desk.dir, 'test.sqlite');
  return [file, `${file}-wal`]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString('latin1'))
    .join('');
}

describe('the site server password a counter keeps', () => {
  it('is encrypted in the data file under a key file beside it that only this user can read', async () => {
    const desk = await freshDesk();
    enrol(desk);
    desk.ctx.sqlite.pragma('wal_checkpoint(FULL)');
    expect(databaseBytes(desk)).not.toContain(SECRET);
    expect(databaseBytes(desk)).toContain('XH-1');
    const stored = desk.ctx.sqlite.prepare('select password from sync_settings').pluck().get() as string;
    expect(stored.startsWith('enc:v1:')).toBe(true);
    const key = fs.statSync(path.join(desk.dir, KEY_FILE));
    expect(key.size).toBe(32);
    expect(key.mode & 0o777).toBe(0o600);
    // The engine and the enrolment read it back in clear; the screen is only told that one is saved.
    expect(getSyncSettings(desk.ctx.sqlite)?.password).toBe(SECRET);
    expect(syncPasswordReadable(desk.ctx.sqlite)).toBe(true);
    // Saved twice, it is not the same text twice (a fresh IV each time), and still reads back.
    enrol(desk);
    expect(desk.ctx.sqlite.prepare('select password from sync_settings').pluck().get()).not.toBe(stored);
    expect(getSyncSettings(desk.ctx.sqlite)?.password).toBe(SECRET);
  });

  it('cannot be read from a copy of the data file on a PC without the key', async () => {
    const desk = await freshDesk();
    enrol(desk);
    desk.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const elsewhere = tempDir();
    fs.copyFileSync(path.join(desk.dir, 'test.sqlite'), path.join(elsewhere, 'test.sqlite'));
    const copy = await openDatabase(path.join(elsewhere, 'test.sqlite'), { migrationsFolder });
    try {
      expect(getSyncSettings(copy.sqlite)?.password).toBe('');
      expect(syncPasswordReadable(copy.sqlite)).toBe(false);
      // Another PC's key does not open it either.
      fs.writeFileSync(path.join(elsewhere, KEY_FILE), Buffer.alloc(32, 7), { mode: 0o600 });
      expect(getSyncSettings(copy.sqlite)?.password).toBe('');
    } finally {
      copy.sqlite.close();
    }
  });

  it('saved in clear by an earlier version is encrypted the first time it is read', async () => {
    const desk = await freshDesk();
    enrol(desk);
    desk.ctx.sqlite.prepare('update sync_settings set password = ?').run(SECRET);
    expect(getSyncSettings(desk.ctx.sqlite)?.password).toBe(SECRET);
    const stored = desk.ctx.sqlite.prepare('select password from sync_settings').pluck().get() as string;
    expect(stored.startsWith('enc:v1:')).toBe(true);
    expect(getSyncSettings(desk.ctx.sqlite)?.password).toBe(SECRET);
  });

  it('cannot be typed into the server address, which is shown on screen', () => {
    const base = { user: 'XH-1', password: SECRET, counterIndex: 1 };
    expect(enrolInput.safeParse({ ...base, serverUrl: `nats://XH-1:${SECRET}@10.0.0.5:4222` }).success).toBe(false);
    expect(enrolInput.safeParse({ ...base, serverUrl: 'nats://10.0.0.5:4222' }).success).toBe(true);
  });
});
