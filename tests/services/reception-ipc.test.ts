import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/handlers/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/handlers/runtime';
import type { VisitView } from '../../shared/contract/reception';
import type { LoginClerk } from '../../shared/contract/session';
import type { AppErrorData, Result } from '../../shared/errors';
import { demoPin, migrationsFolder, TestClock, tempDir } from '../helpers/db';

const runtimes: AppRuntime[] = [];
afterEach(() => {
  for (const runtime of runtimes.splice(0)) closeRuntime(runtime);
});

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

function failure(result: Result<unknown>): AppErrorData {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

async function startDesk(dataDir = tempDir(), clock = new TestClock()) {
  const runtime = await startRuntime({ mode: 'browser', dataDir, migrationsFolder, demoData: true, clock });
  runtimes.push(runtime);
  const dispatch = createDispatcher(runtime);
  const loginAs = async (employeeNo: string, role: Parameters<typeof demoPin>[0]) => {
    const clerks = data<LoginClerk[]>(await dispatch('session:loginClerks', {}));
    const clerkId = clerks.find((c) => c.employeeNo === employeeNo)?.id;
    data(await dispatch('session:login', { clerkId, pin: demoPin(role) }));
  };
  const visitCount = () =>
    runtime.state.kind === 'ready'
      ? (runtime.state.ctx.sqlite.prepare('select count(*) from visits').pluck().get() as number)
      : -1;
  return { dispatch, loginAs, visitCount };
}

describe('reception channels', () => {
  it('refuse bad input before the service runs, naming the field', async () => {
    const { dispatch, loginAs, visitCount } = await startDesk();
    await loginAs('K001', 'clerk');
    const good = { visitorName: '张三', purpose: 'visit' };
    expect(failure(await dispatch('reception:register', { ...good, visitorName: '' }))).toMatchObject({
      code: 'invalid_input',
      field: 'visitorName',
      messageKey: 'errors.required',
    });
    expect(failure(await dispatch('reception:register', { ...good, phone: '1234' }))).toMatchObject({
      field: 'phone',
      messageKey: 'errors.phoneFormat',
    });
    expect(
      failure(await dispatch('reception:register', { ...good, idType: 'resident_id', idNumber: '110105194912310021' })),
    ).toMatchObject({ field: 'idNumber', messageKey: 'errors.residentIdFormat' });
    expect(failure(await dispatch('reception:register', { ...good, plate: '沪12345' }))).toMatchObject({
      field: 'plate',
      messageKey: 'errors.plateFormat',
    });
    expect(visitCount()).toBe(0);
    data<VisitView>(await dispatch('reception:register', good));
    expect(visitCount()).toBe(1);
  });

  it('void is for lead and up; the watch list for supervisors', async () => {
    const { dispatch, loginAs } = await startDesk();
    await loginAs('K001', 'clerk');
    const visit = data<VisitView>(await dispatch('reception:register', { visitorName: '张三', purpose: 'visit' }));
    expect(failure(await dispatch('reception:void', { id: visit.id, reason: '错' })).code).toBe('forbidden');
    expect(failure(await dispatch('reception:watchList', {})).code).toBe('forbidden');
    await loginAs('K002', 'lead');
    expect(failure(await dispatch('reception:void', { id: visit.id, reason: '' }))).toMatchObject({
      field: 'reason',
      messageKey: 'errors.required',
    });
    expect(data<VisitView>(await dispatch('reception:void', { id: visit.id, reason: '错' })).voidReason).toBe('错');
  });

  it('the retention job runs when the app starts', async () => {
    const dataDir = tempDir();
    const clock = new TestClock();
    const first = await startDesk(dataDir, clock);
    await first.loginAs('K001', 'clerk');
    const visit = data<VisitView>(
      await first.dispatch('reception:register', { visitorName: '张三', phone: '13812345678', purpose: 'visit' }),
    );
    const runtime = runtimes.pop();
    if (runtime) closeRuntime(runtime);
    clock.advance(181 * 24 * 60 * 60 * 1000);
    const second = await startDesk(dataDir, clock);
    await second.loginAs('K001', 'clerk');
    const again = data<VisitView>(await second.dispatch('reception:get', { id: visit.id }));
    expect(again).toMatchObject({ visitorName: '张三', phone: '', anonymisedAt: clock.now() });
  });
});
