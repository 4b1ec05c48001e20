import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/handlers/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/handlers/runtime';
import type { CallbackCounts, CallView } from '../../shared/contract/calls';
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

async function startDesk(clock = new TestClock()) {
  const runtime = await startRuntime({ mode: 'browser', dataDir: tempDir(), migrationsFolder, demoData: true, clock });
  runtimes.push(runtime);
  const dispatch = createDispatcher(runtime);
  const loginAs = async (employeeNo: string, role: Parameters<typeof demoPin>[0]) => {
    const clerks = data<LoginClerk[]>(await dispatch('session:loginClerks', {}));
    const clerkId = clerks.find((c) => c.employeeNo === employeeNo)?.id;
    data(await dispatch('session:login', { clerkId, pin: demoPin(role) }));
  };
  const callCount = () =>
    runtime.state.kind === 'ready'
      ? (runtime.state.ctx.sqlite.prepare('select count(*) from calls').pluck().get() as number)
      : -1;
  return { dispatch, loginAs, callCount, clock };
}

const good = { direction: 'incoming', phone: '13812345678', category: 'enquiry', summary: '询问营业时间' };

describe('calls channels', () => {
  it('refuse bad input before the service runs, naming the field', async () => {
    const { dispatch, loginAs, callCount } = await startDesk();
    expect(failure(await dispatch('calls:log', good)).code).toBe('unauthenticated');
    await loginAs('K001', 'clerk');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ summary: '' }, 'summary', 'errors.required'],
      [{ phone: '1234' }, 'phone', 'errors.phoneFormat'],
      [{ durationSec: -1 }, 'durationSec', 'errors.negativeDuration'],
      [{ replyNeeded: true }, 'replyDueAt', 'errors.replyDueRequired'],
      [{ category: 'weather' }, 'category', 'errors.required'],
    ];
    for (const [patch, field, messageKey] of cases)
      expect(failure(await dispatch('calls:log', { ...good, ...patch }))).toMatchObject({
        code: 'invalid_input',
        field,
        messageKey,
      });
    expect(failure(await dispatch('calls:log', { ...good, startedAt: Date.UTC(2027, 0, 1) }))).toMatchObject({
      code: 'rule',
      field: 'startedAt',
      messageKey: 'errors.futureTime',
    });
    expect(callCount()).toBe(0);
  });

  it('log, count for the badge, and void only from lead up', async () => {
    const { dispatch, loginAs, clock } = await startDesk();
    await loginAs('K001', 'clerk');
    const call = data<CallView>(
      await dispatch('calls:log', { ...good, replyNeeded: true, replyDueAt: clock.now() + 10 * 60_000 }),
    );
    expect(data<CallbackCounts>(await dispatch('calls:attention', {}))).toEqual({ open: 1, dueSoon: 1, overdue: 0 });
    clock.advance(11 * 60_000);
    expect(data<CallbackCounts>(await dispatch('calls:attention', {}))).toEqual({ open: 1, dueSoon: 0, overdue: 1 });
    expect(failure(await dispatch('calls:void', { id: call.id, reason: '重复' })).code).toBe('forbidden');
    await loginAs('K002', 'lead');
    expect(data<CallView>(await dispatch('calls:void', { id: call.id, reason: '重复' })).voidReason).toBe('重复');
    expect(data<CallbackCounts>(await dispatch('calls:attention', {})).open).toBe(0);
  });
});
