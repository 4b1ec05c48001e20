import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../../db/open';
import { createDispatcher, type Dispatch } from '../../electron/app/dispatch';
import { serviceContext } from '../../electron/app/modules';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/app/runtime';
import { seedDemoData } from '../../electron/services/demo-data';
import { DESKTOP_SESSION } from '../../electron/services/session';
import type { ClerkView } from '../../shared/contract/clerks';
import type { LoginClerk, SessionView } from '../../shared/contract/session';
import type { AppErrorData, Result } from '../../shared/errors';
import { demoPin, migrationsFolder, TestClock, tempDir } from '../helpers/db';

const runtimes: AppRuntime[] = [];
afterEach(() => {
  for (const runtime of runtimes.splice(0)) closeRuntime(runtime);
});

interface Desk {
  runtime: AppRuntime;
  dispatch: Dispatch;
  logged: unknown[];
  dataDir: string;
}

async function startDesk(dataDir = tempDir()): Promise<Desk> {
  const runtime = await startRuntime({
    mode: 'browser',
    dataDir,
    migrationsFolder,
    demoData: true,
    clock: new TestClock(),
  });
  runtimes.push(runtime);
  const logged: unknown[] = [];
  return { runtime, dispatch: createDispatcher(runtime, (error) => logged.push(error)), logged, dataDir };
}

function sqliteOf(runtime: AppRuntime): Sqlite {
  if (runtime.state.kind !== 'ready') throw new Error('runtime not ready');
  return runtime.state.ctx.sqlite;
}

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

function failure(result: Result<unknown>): AppErrorData {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

const count = (sqlite: Sqlite, table: string): number =>
  sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;

async function clerkIdOf(dispatch: Dispatch, employeeNo: string): Promise<string> {
  const clerks = data<LoginClerk[]>(await dispatch('session:loginClerks', {}));
  const clerk = clerks.find((c) => c.employeeNo === employeeNo);
  if (!clerk) throw new Error(`no clerk ${employeeNo}`);
  return clerk.id;
}

async function loginAs(
  dispatch: Dispatch,
  employeeNo: string,
  role: Parameters<typeof demoPin>[0],
): Promise<SessionView> {
  return data<SessionView>(
    await dispatch('session:login', { clerkId: await clerkIdOf(dispatch, employeeNo), pin: demoPin(role) }),
  );
}

const newShop = { kind: 'shops', name: '喜茶', unitNo: 'L3-01', floor: '3F', phone: '' };

describe('the dispatcher', () => {
  it('refuses an unknown channel', async () => {
    const { dispatch } = await startDesk();
    expect(failure(await dispatch('settings:dropEverything', {})).code).toBe('unknown_channel');
    // Names inherited from Object.prototype are not channels either.
    expect(failure(await dispatch('constructor', {})).code).toBe('unknown_channel');
    expect(failure(await dispatch('__proto__', {})).code).toBe('unknown_channel');
  });

  it('refuses malformed input naming the field, and writes nothing', async () => {
    const { dispatch, runtime } = await startDesk();
    await loginAs(dispatch, 'K003', 'supervisor');
    const sqlite = sqliteOf(runtime);
    const entries = count(sqlite, 'audit_log');
    const shops = count(sqlite, 'shops');

    const empty = failure(await dispatch('settings:addItem', { ...newShop, name: '' }));
    expect(empty).toMatchObject({ code: 'invalid_input', field: 'name', messageKey: 'errors.required' });
    const blank = failure(await dispatch('settings:addItem', { ...newShop, name: '   ' }));
    expect(blank).toMatchObject({ code: 'invalid_input', field: 'name' });
    const numeric = failure(await dispatch('settings:addItem', { ...newShop, name: 42 }));
    expect(numeric).toMatchObject({ code: 'invalid_input', field: 'name' });
    const kind = failure(await dispatch('settings:addItem', { ...newShop, kind: 'visitors' }));
    expect(kind).toMatchObject({ code: 'invalid_input', field: 'kind' });
    const phone = failure(await dispatch('settings:addItem', { ...newShop, phone: '12345' }));
    expect(phone).toMatchObject({ code: 'invalid_input', field: 'phone', messageKey: 'errors.phoneMobileLength' });
    expect(failure(await dispatch('settings:addItem', null))).toMatchObject({ code: 'invalid_input' });

    expect(count(sqlite, 'audit_log')).toBe(entries);
    expect(count(sqlite, 'shops')).toBe(shops);
  });

  it('refuses a malformed PIN before checking it, so it does not count as a wrong PIN', async () => {
    const { dispatch, runtime } = await startDesk();
    const sqlite = sqliteOf(runtime);
    const clerkId = await clerkIdOf(dispatch, 'K001');
    const entries = count(sqlite, 'audit_log');
    const error = failure(await dispatch('session:login', { clerkId, pin: 'abc' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'pin', messageKey: 'errors.pinFormat' });
    expect(failure(await dispatch('session:login', { clerkId: 'not-an-id', pin: '1111' }))).toMatchObject({
      code: 'invalid_input',
      field: 'clerkId',
    });
    expect(count(sqlite, 'audit_log')).toBe(entries);
    expect(sqlite.prepare('select failed_pin_count from clerks where id = ?').pluck().get(clerkId)).toBe(0);
    expect(runtime.sessions.holder(DESKTOP_SESSION).current).toBeNull();
  });

  it('refuses session channels without a login', async () => {
    const { dispatch, runtime } = await startDesk();
    const sqlite = sqliteOf(runtime);
    const shops = count(sqlite, 'shops');
    expect(failure(await dispatch('settings:list', { kind: 'shops' })).code).toBe('unauthenticated');
    expect(failure(await dispatch('settings:addItem', newShop)).code).toBe('unauthenticated');
    expect(failure(await dispatch('audit:head', {})).code).toBe('unauthenticated');
    expect(count(sqlite, 'shops')).toBe(shops);
    // Public channels answer.
    expect(data<LoginClerk[]>(await dispatch('session:loginClerks', {}))).toHaveLength(4);
    expect(data<SessionView | null>(await dispatch('session:current', {}))).toBeNull();
  });

  it('refuses a clerk on a supervisor channel and writes nothing; a supervisor may', async () => {
    const { dispatch, runtime } = await startDesk();
    const sqlite = sqliteOf(runtime);
    await loginAs(dispatch, 'K001', 'clerk');
    const entries = count(sqlite, 'audit_log');
    const shops = count(sqlite, 'shops');
    expect(failure(await dispatch('settings:addItem', newShop))).toMatchObject({
      code: 'forbidden',
      params: { role: 'supervisor' },
    });
    expect(
      failure(await dispatch('clerks:add', { name: '新人', employeeNo: 'K900', role: 'manager', pin: '1234' })).code,
    ).toBe('forbidden');
    expect(count(sqlite, 'audit_log')).toBe(entries);
    expect(count(sqlite, 'shops')).toBe(shops);
    // A clerk may read.
    expect(data<unknown[]>(await dispatch('settings:list', { kind: 'shops' })).length).toBe(shops);

    expect(data(await dispatch('session:logout', {}))).toBeNull();
    await loginAs(dispatch, 'K003', 'supervisor');
    const before = count(sqlite, 'audit_log');
    const added = data<{ id: string; name: string }>(await dispatch('settings:addItem', newShop));
    expect(added.name).toBe('喜茶');
    expect(count(sqlite, 'shops')).toBe(shops + 1);
    expect(count(sqlite, 'audit_log')).toBe(before + 1);
    const entry = sqlite.prepare('select entity_id, clerk_id, shift_id from audit_log order by seq desc limit 1').get();
    expect(entry).toEqual({
      entity_id: added.id,
      clerk_id: runtime.sessions.holder(DESKTOP_SESSION).current?.clerkId,
      shift_id: runtime.sessions.holder(DESKTOP_SESSION).current?.shiftId,
    });
  });

  it('a supervisor cannot create a manager through the channel', async () => {
    const { dispatch, runtime } = await startDesk();
    const sqlite = sqliteOf(runtime);
    await loginAs(dispatch, 'K003', 'supervisor');
    const clerks = count(sqlite, 'clerks');
    const entries = count(sqlite, 'audit_log');
    const error = failure(
      await dispatch('clerks:add', { name: '新经理', employeeNo: 'K900', role: 'manager', pin: '1234' }),
    );
    expect(error).toMatchObject({ code: 'forbidden', messageKey: 'errors.roleAboveOwn', field: 'role' });
    expect(count(sqlite, 'clerks')).toBe(clerks);
    expect(count(sqlite, 'audit_log')).toBe(entries);
    const added = data<ClerkView>(
      await dispatch('clerks:add', { name: '新组长', employeeNo: 'K901', role: 'lead', pin: '1234' }),
    );
    expect(added.role).toBe('lead');
    expect(count(sqlite, 'clerks')).toBe(clerks + 1);
  });

  it('a locked screen refuses session channels until unlocked', async () => {
    const { dispatch } = await startDesk();
    const view = await loginAs(dispatch, 'K001', 'clerk');
    expect(data<SessionView>(await dispatch('session:lock', {})).locked).toBe(true);
    expect(failure(await dispatch('settings:list', { kind: 'shops' }))).toMatchObject({
      code: 'unauthenticated',
      messageKey: 'errors.screenLocked',
    });
    expect(failure(await dispatch('session:logout', {})).code).toBe('unauthenticated');
    const unlocked = data<SessionView>(
      await dispatch('session:unlock', { clerkId: view.clerk.id, pin: demoPin('clerk') }),
    );
    expect(unlocked).toMatchObject({ locked: false, shift: { id: view.shift.id } });
    expect(data<unknown[]>(await dispatch('settings:list', { kind: 'shops' })).length).toBeGreaterThan(0);
  });

  it('a service error that is not an AppError comes back as internal, without the stack', async () => {
    const { dispatch, runtime, logged } = await startDesk();
    await loginAs(dispatch, 'K001', 'clerk');
    sqliteOf(runtime).exec('drop table search_keys');
    const result = await dispatch('search:query', { text: '星' });
    const error = failure(result);
    expect(error).toEqual({ code: 'internal', messageKey: 'errors.internal' });
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/\bat /);
    expect(json).not.toContain('search_keys');
    expect(json).not.toContain('.ts:');
    // The detail goes to the log instead.
    expect(logged).toHaveLength(1);
    expect(String((logged[0] as Error).message)).toContain('search_keys');
  });
});

describe('recovery', () => {
  async function goodDatabaseFile(): Promise<string> {
    const dir = tempDir();
    const file = path.join(dir, 'good.sqlite');
    const opened = await openDatabase(file, { migrationsFolder });
    const ctx = serviceContext(opened, new TestClock());
    seedDemoData(ctx);
    opened.sqlite.close();
    return file;
  }

  it('a garbage database puts the runtime in recovery; restoring the newest backup makes it ready again', async () => {
    const dataDir = tempDir();
    const garbage = 'not a database, just a grocery list '.repeat(300);
    fs.writeFileSync(path.join(dataDir, 'frontdesk.sqlite'), garbage);
    const { dispatch, runtime } = await startDesk(dataDir);

    const status = data<{ state: string; reasonKey?: string; newestBackup: unknown }>(await dispatch('app:status', {}));
    expect(status).toMatchObject({ state: 'recovery', reasonKey: 'recovery.not_a_database', newestBackup: null });
    expect(failure(await dispatch('session:loginClerks', {})).code).toBe('unavailable');
    expect(
      failure(await dispatch('session:login', { clerkId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', pin: '1111' })).code,
    ).toBe('unavailable');
    expect(failure(await dispatch('settings:site', {})).code).toBe('unavailable');
    expect(failure(await dispatch('app:restoreNewestBackup', {}))).toMatchObject({
      code: 'not_found',
      messageKey: 'errors.noBackup',
    });

    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    fs.copyFileSync(await goodDatabaseFile(), path.join(dataDir, 'backups', 'frontdesk-20261123.sqlite'));
    expect(data<{ newestBackup: { file: string } }>(await dispatch('app:status', {})).newestBackup.file).toBe(
      path.join(dataDir, 'backups', 'frontdesk-20261123.sqlite'),
    );

    const restored = data<{ restoredFrom: string; keptAside: string }>(await dispatch('app:restoreNewestBackup', {}));
    expect(restored.restoredFrom).toBe(path.join(dataDir, 'backups', 'frontdesk-20261123.sqlite'));
    expect(fs.readFileSync(restored.keptAside, 'utf8')).toBe(garbage);
    expect(path.dirname(restored.keptAside)).toBe(dataDir);

    expect(data<{ state: string }>(await dispatch('app:status', {})).state).toBe('ready');
    expect(runtime.state.kind).toBe('ready');
    expect(data<LoginClerk[]>(await dispatch('session:loginClerks', {}))).toHaveLength(4);
    await loginAs(dispatch, 'K002', 'lead');
    expect(data<{ ok: boolean }>(await dispatch('audit:verify', {})).ok).toBe(true);
    // Once ready, restoring is refused: it would throw away a working database.
    expect(failure(await dispatch('app:restoreNewestBackup', {}))).toMatchObject({
      code: 'rule',
      messageKey: 'errors.restoreOnlyInRecovery',
    });
  });
});
