import { describe, expect, it } from 'vitest';
import type { CallView } from '../../shared/contract/calls';
import { demoPin } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { databaseBefore, migrateToLatest } from '../helpers/migrations';

const TAB_A = 'tab:a';
const TAB_B = 'tab:b';

/** Two tabs, 王芳 in one and 李娜 in the other, and a call 王芳 logged. */
async function twoTabs() {
  const desk = await startIpcDesk();
  const { dispatch, idOf, clock } = desk;
  clock.advance(7_250);
  data(await dispatch('session:login', { clerkId: await idOf('K001'), pin: demoPin('clerk') }, TAB_A));
  data(await dispatch('session:login', { clerkId: await idOf('K002'), pin: demoPin('lead') }, TAB_B));
  const call = data<CallView>(
    await dispatch(
      'calls:log',
      { direction: 'incoming', phone: '13812345678', category: 'enquiry', summary: '询问营业时间' },
      TAB_A,
    ),
  );
  if (desk.logged.length) throw desk.logged[0];
  return { ...desk, call };
}

describe('record versions', () => {
  it('start at 1 and move by one with each change; an edit sends only what changed', async () => {
    const { dispatch, call, clock } = await twoTabs();
    expect(call.version).toBe(1);
    // The start time has seconds; the form shows minutes. Editing the summary leaves the time as stored.
    expect(call.startedAt % 60_000).not.toBe(0);
    clock.advance(60_000);
    const edited = data<CallView>(
      await dispatch('calls:update', { id: call.id, version: 1, summary: '询问营业时间和停车' }, TAB_A),
    );
    expect(edited).toMatchObject({ version: 2, summary: '询问营业时间和停车', startedAt: call.startedAt });
    expect(edited.phone).toBe(call.phone);
    expect(edited.category).toBe('enquiry');
  });

  it('refuse a stale edit, naming who changed which field since, and keep the newer change', async () => {
    const { dispatch, call, count } = await twoTabs();
    data(await dispatch('calls:update', { id: call.id, version: 1, summary: '李娜改过的内容' }, TAB_B));
    const entries = count('select count(*) from audit_log');
    const stale = failure(await dispatch('calls:update', { id: call.id, version: 1, category: 'repair' }, TAB_A));
    expect(stale).toMatchObject({ code: 'conflict', messageKey: 'errors.staleVersion' });
    expect(stale.changedSince).toEqual([
      { clerkName: '李娜', at: expect.any(Number), fieldKeys: ['labels.calls.fields.calls.summary'] },
    ]);
    // Nothing written: the record keeps 李娜's summary, and no entry was added.
    const now = data<CallView>(await dispatch('calls:get', { id: call.id }, TAB_A));
    expect(now).toMatchObject({ version: 2, summary: '李娜改过的内容', category: 'enquiry' });
    expect(count('select count(*) from audit_log')).toBe(entries);
    // Redone on the current version, it is saved.
    expect(
      data<CallView>(await dispatch('calls:update', { id: call.id, version: 2, category: 'repair' }, TAB_A)),
    ).toMatchObject({ version: 3, summary: '李娜改过的内容', category: 'repair' });
  });

  it('refuse a stale void, and an edit without a version or with a version that never was', async () => {
    const { dispatch, call } = await twoTabs();
    data(await dispatch('calls:update', { id: call.id, version: 1, summary: '改' }, TAB_A));
    expect(failure(await dispatch('calls:void', { id: call.id, version: 1, reason: '重复' }, TAB_B)).messageKey).toBe(
      'errors.staleVersion',
    );
    expect(failure(await dispatch('calls:update', { id: call.id, summary: '改' }, TAB_A))).toMatchObject({
      code: 'invalid_input',
      field: 'version',
    });
    expect(failure(await dispatch('calls:update', { id: call.id, version: 0, summary: '改' }, TAB_A)).field).toBe(
      'version',
    );
    expect(failure(await dispatch('calls:update', { id: call.id, version: 9, summary: '改' }, TAB_A)).messageKey).toBe(
      'errors.staleVersion',
    );
    expect(
      data<CallView>(await dispatch('calls:void', { id: call.id, version: 2, reason: '重复' }, TAB_B)).version,
    ).toBe(3);
  });

  it('keep the audit check green: the version is the writer’s, not part of a record’s audited state', async () => {
    const { dispatch, call, idOf } = await twoTabs();
    data(await dispatch('calls:update', { id: call.id, version: 1, summary: '改' }, TAB_A));
    data(await dispatch('session:login', { clerkId: await idOf('K004'), pin: demoPin('manager') }, 'tab:c'));
    expect(data(await dispatch('audit:verify', {}, 'tab:c'))).toMatchObject({ ok: true });
  });
});

describe('migration 0022: record versions', () => {
  it('gives records that existed one plus the changes the log holds for them', async () => {
    const { file, opened } = await databaseBefore('0021_lostfound');
    opened.sqlite.exec(`
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1);
      insert into calls (id, serial_no, direction, started_at, duration_sec, caller_name, phone, category, summary,
          transferred_to, reply_needed, result, clerk_id, created_at, updated_at)
        values ('c-1', 'DH-XH-20261124-0001', 'incoming', 1, 0, '', '13812345678', 'enquiry', '一', '', 0, '', 'k', 1, 1),
               ('c-2', 'DH-XH-20261124-0002', 'incoming', 1, 0, '', '13812345678', 'enquiry', '二', '', 0, '', 'k', 1, 1);
      insert into audit_log (seq, id, at, clerk_id, shift_id, entity, entity_id, action, changes, note, row_hash, prev_hash, hash)
        values (1, 'a1', 1, 'k', null, 'calls', 'c-1', 'create', '{}', null, 'h', 'p', 'h1'),
               (2, 'a2', 2, 'k', null, 'calls', 'c-1', 'update', '{}', null, 'h', 'h1', 'h2'),
               (3, 'a3', 3, 'k', null, 'calls', 'c-1', 'event', '{}', 'printed', null, 'h2', 'h3'),
               (4, 'a4', 4, 'k', null, 'calls', 'c-1', 'void', '{}', null, 'h', 'h3', 'h4'),
               (5, 'a5', 5, 'k', null, 'calls', 'c-2', 'create', '{}', null, 'h', 'h4', 'h5');
    `);
    opened.sqlite.close();
    const migrated = await migrateToLatest(file);
    expect(migrated.sqlite.prepare('select id, version from calls order by id').all()).toEqual([
      { id: 'c-1', version: 3 },
      { id: 'c-2', version: 1 },
    ]);
    migrated.sqlite.close();
  });
});
