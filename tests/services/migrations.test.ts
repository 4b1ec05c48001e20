import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateToLatest } from '../helpers/migrations';

// One test per migration that moves data (0010 is tested with the returns it rebuilds: returns-approval.test.ts).

describe('migration 0012: search keys without rowid', () => {
  it('keeps every short key of every entry, with its index', async () => {
    const { file, opened } = await databaseBefore('0011_bench_indexes');
    const sqlite = opened.sqlite;
    sqlite
      .prepare("insert into search_entries (rowid, module, entity_id, title, at) values (7, 'calls', 'c-1', '张三', 1)")
      .run();
    const keys = ['张', '三', '张三', 'zs', '5678'];
    for (const key of keys) sqlite.prepare('insert into search_keys (key, entry_rowid) values (?, 7)').run(key);
    sqlite.close();

    const migrated = await migrateToLatest(file);
    const stored = migrated.sqlite
      .prepare('select key from search_keys where entry_rowid = 7 order by key')
      .pluck()
      .all();
    expect(stored).toEqual([...keys].sort());
    const table = migrated.sqlite.prepare("select sql from sqlite_master where name = 'search_keys'").pluck().get();
    expect(String(table)).toMatch(/WITHOUT ROWID/i);
    const index = migrated.sqlite.prepare("select name from sqlite_master where name = 'search_keys_entry'").pluck();
    expect(index.get()).toBe('search_keys_entry');
    migrated.sqlite.close();
  });
});

describe('migration 0018: search tags from subtitles', () => {
  it('moves the code of calls and visits out of their subtitles into the tag, leaving other modules alone', async () => {
    const { file, opened } = await databaseBefore('0017_search_entry_tags');
    const sqlite = opened.sqlite;
    sqlite.exec(`
      insert into site (id, name, code, time_zone, desk_phone, created_at, updated_at)
        values ('s', '星河广场', 'XH', 'Asia/Shanghai', '', 1, 1);
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1);
      insert into calls (id, serial_no, direction, started_at, duration_sec, caller_name, phone, category, summary,
          transferred_to, reply_needed, result, clerk_id, created_at, updated_at)
        values ('call-1', 'DH-XH-20261124-0001', 'incoming', 1, 0, '刘先生', '13812345678', 'enquiry',
          '询问停车收费标准 · 周末', '', 0, '', 'k', 1, 1);
      insert into visits (id, serial_no, time_in, visitor_name, purpose, visiting, clerk_id, created_at, updated_at)
        values ('visit-1', 'LF-XH-20261124-0001', 1, '张三', 'repair', '3 楼', 'k', 1, 1),
               ('visit-2', 'LF-XH-20261124-0002', 2, '李四', 'visit', '', 'k', 1, 1);
      insert into search_entries (module, entity_id, title, subtitle, at) values
        ('calls', 'call-1', '刘先生', 'enquiry · 询问停车收费标准 · 周末', 1),
        ('reception', 'visit-1', '张三', '报修 · 3 楼', 1),
        ('reception', 'visit-2', '李四', '访客来访', 2),
        ('storage', 'slip-1', '王五', 'JC-XH-20261124-0001 · G-01 · 购物袋', 3);
    `);
    sqlite.close();

    const migrated = await migrateToLatest(file);
    const rows = migrated.sqlite
      .prepare('select entity_id as id, tag, subtitle from search_entries order by entity_id')
      .all();
    expect(rows).toEqual([
      { id: 'call-1', tag: 'enquiry', subtitle: '询问停车收费标准 · 周末' },
      { id: 'slip-1', tag: null, subtitle: 'JC-XH-20261124-0001 · G-01 · 购物袋' },
      { id: 'visit-1', tag: 'repair', subtitle: '3 楼' },
      { id: 'visit-2', tag: 'visit', subtitle: '' },
    ]);
    migrated.sqlite.close();
  });
});

describe('migration 0019: index of visits retention has still to blank', () => {
  it('holds the existing visits with personal data not yet anonymised, and no others', async () => {
    const { file, opened } = await databaseBefore('0018_search_tags_from_subtitles');
    opened.sqlite.exec(`
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1);
      insert into visits (id, serial_no, time_in, visitor_name, phone, id_masked, id_hash, anonymised_at, purpose,
          clerk_id, created_at, updated_at) values
        ('v-phone', 'LF-1', 1, '张三', '13812345678', '', null, null, 'visit', 'k', 1, 1),
        ('v-id', 'LF-2', 2, '李四', '', '110***********002X', 'h', null, 'visit', 'k', 1, 1),
        ('v-none', 'LF-3', 3, '王五', '', '', null, null, 'visit', 'k', 1, 1),
        ('v-done', 'LF-4', 4, '赵六', '', '', null, 9, 'visit', 'k', 1, 1);
    `);
    opened.sqlite.close();

    const migrated = await migrateToLatest(file);
    const due = migrated.sqlite
      .prepare(
        `select id from visits indexed by visits_retention_due where anonymised_at is null
           and (phone <> '' or id_masked <> '' or id_hash is not null) and time_in < 100 order by time_in`,
      )
      .pluck()
      .all();
    expect(due).toEqual(['v-phone', 'v-id']);
    migrated.sqlite.close();
  });
});

describe('migration 0022: record versions', () => {
  it('opens a database that has complaint events (append-only) and counts versions from the log', async () => {
    const { file, opened } = await databaseBefore('0021_lostfound');
    opened.sqlite.exec(`
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1);
      insert into complaints (id, serial_no, received_at, channel, customer_name, type, reason, urgency, deadline_at,
          status, owner_clerk_id, clerk_id, created_at, updated_at)
        values ('c-1', 'TS-XH-20261124-0001', 1, 'in_person', '赵女士', 'service', '态度不好', 'normal', 2,
          'received', 'k', 'k', 1, 1);
      insert into complaint_events (id, complaint_id, at, kind, text, clerk_id, created_at)
        values ('e-1', 'c-1', 1, 'note', '已受理', 'k', 1);
      insert into audit_log (seq, id, at, entity, entity_id, action, changes, row_hash, prev_hash, hash) values
        (1, 'a-1', 1, 'complaints', 'c-1', 'create', '{}', 'h1', 'p', 'x1'),
        (2, 'a-2', 2, 'complaints', 'c-1', 'update', '{}', 'h2', 'x1', 'x2'),
        (3, 'a-3', 2, 'complaintEvents', 'e-1', 'create', '{}', 'h3', 'x2', 'x3');
    `);
    opened.sqlite.close();

    const migrated = await migrateToLatest(file);
    expect(migrated.sqlite.prepare("select version from complaints where id = 'c-1'").pluck().get()).toBe(2);
    expect(migrated.sqlite.prepare("select version from complaint_events where id = 'e-1'").pluck().get()).toBe(1);
    migrated.sqlite.close();
  });
});

describe('migration 0024: phones to their canonical form', () => {
  it('leaves the job pending for the audited writer and changes no record behind the log', async () => {
    const { file, opened } = await databaseBefore('0023_repairs');
    opened.sqlite.exec(`
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1);
      insert into calls (id, serial_no, direction, started_at, duration_sec, caller_name, phone, category, summary,
          transferred_to, reply_needed, result, clerk_id, created_at, updated_at)
        values ('call-1', 'DH-XH-20261124-0001', 'incoming', 1, 0, '刘先生', '02112345678', 'enquiry', '询问', '', 0,
          '', 'k', 1, 1);
      insert into search_entries (module, entity_id, title, subtitle, phone, at)
        values ('calls', 'call-1', '刘先生', '询问', '02112345678', 1);
    `);
    opened.sqlite.close();

    const migrated = await migrateToLatest(file);
    const job = migrated.sqlite.prepare("select done_at, changed from data_jobs where name = 'phones_canonical'").get();
    expect(job).toEqual({ done_at: null, changed: 0 });
    expect(migrated.sqlite.prepare("select phone from calls where id = 'call-1'").pluck().get()).toBe('02112345678');
    expect(migrated.sqlite.prepare('select phone from search_entries').pluck().get()).toBe('02112345678');
    migrated.sqlite.close();
  });
});

describe('migration 0041: complaints keep their first owner', () => {
  it('reads an older complaint as first received by its intake clerk after reassignment, and guards the column', async () => {
    const { file, opened } = await databaseBefore('0040_sync_inbox_failure');
    opened.sqlite.exec(`
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1), ('l', '李娜', 'K002', 'lead', 'x', 1, 0, 1, 1);
      insert into complaints (id, serial_no, received_at, channel, customer_name, type, reason, urgency, deadline_at,
          status, owner_clerk_id, assigned_clerk_id, clerk_id, created_at, updated_at)
        values ('c-1', 'TS-XH-20261124-0001', 1, 'in_person', '赵女士', 'service', '态度不好', 'normal', 2,
          'assigned', 'l', 'l', 'k', 1, 1);
    `);
    opened.sqlite.close();

    const migrated = await migrateToLatest(file);
    const db = migrated.sqlite;
    // The row is not rewritten behind the audit log: the first owner is read from the intake clerk.
    expect(db.prepare("select first_owner_clerk_id from complaints where id = 'c-1'").pluck().get()).toBeNull();
    expect(() => db.prepare("update complaints set first_owner_clerk_id = 'l' where id = 'c-1'").run()).toThrow(
      /first_owner/,
    );
    expect(() =>
      db
        .prepare(`insert into complaints (id, serial_no, received_at, channel, customer_name, type, reason, urgency,
            deadline_at, status, owner_clerk_id, clerk_id, created_at, updated_at)
          values ('c-2', 'TS-XH-20261124-0002', 1, 'in_person', '钱先生', 'service', '排队', 'normal', 2,
            'received', 'k', 'k', 1, 1)`)
        .run(),
    ).toThrow(/first_owner/);
    migrated.sqlite.close();
  });
});
