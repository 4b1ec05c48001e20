import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { anonymiseOldVisits } from '../../electron/services/reception/retention';
import { getPolicy, writeSetting } from '../../electron/services/settings';
import { freshDesk, migrationsFolder, tempDir } from '../helpers/db';
import { DAY, register } from '../helpers/reception';

/** The data file and its write-ahead log as bytes on disk. */
function onDisk(file: string): Buffer {
  const wal = `${file}-wal`;
  return Buffer.concat([fs.readFileSync(file), fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0)]);
}
const contains = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));

describe('secure_delete: erased values do not survive in free pages', () => {
  it('is on for every connection the app opens', async () => {
    const db = await openDatabase(path.join(tempDir(), 'd.sqlite'), { migrationsFolder });
    try {
      expect(db.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    } finally {
      db.sqlite.close();
    }
  });

  it('a deleted row and an overwritten value are gone from the file and its WAL after a checkpoint', async () => {
    const desk = await freshDesk();
    const sqlite = desk.ctx.sqlite;
    sqlite.exec('create table scratch (id integer primary key, v text)');
    const gone = '删除后不应残留-13955501234';
    const replaced = '覆盖后不应残留-13955505678';
    sqlite.prepare('insert into scratch (v) values (?), (?), (?)').run(gone, replaced, 'stays');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(contains(onDisk(desk.opened.file), gone)).toBe(true);
    sqlite.prepare('delete from scratch where v = ?').run(gone);
    sqlite.prepare("update scratch set v = '' where v = ?").run(replaced);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const after = onDisk(desk.opened.file);
    expect(contains(after, gone)).toBe(false);
    expect(contains(after, replaced)).toBe(false);
    expect(contains(after, 'stays')).toBe(true);

    // The bad case: the same with the pragma off leaves the deleted text in the file's free space.
    sqlite.pragma('secure_delete = OFF');
    const left = '关掉后会残留-13955509999';
    sqlite.prepare('insert into scratch (v) values (?)').run(left);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.prepare('delete from scratch where v = ?').run(left);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(contains(onDisk(desk.opened.file), left)).toBe(true);
  });

  it('a visit anonymised by retention leaves no phone in the file or WAL after a checkpoint', async () => {
    const desk = await freshDesk();
    writeSetting(desk.ctx, desk.clerkByRole('supervisor'), 'policy', {
      ...getPolicy(desk.ctx),
      visitorDataRetentionDays: 30,
    });
    const phone = '13955502468';
    const visit = register(desk, { phone });
    desk.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(contains(onDisk(desk.opened.file), phone)).toBe(true);
    desk.clock.advance(31 * DAY);
    expect(anonymiseOldVisits(desk.ctx)).toBe(1);
    expect(desk.ctx.sqlite.prepare('select phone from visits where id = ?').pluck().get(visit.id)).toBe('');
    desk.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(contains(onDisk(desk.opened.file), phone)).toBe(false);
  });
});
