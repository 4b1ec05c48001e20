import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/handlers/dispatch';
import { pinPairs } from '../../electron/handlers/pin-precheck';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/handlers/runtime';
import type { LoginClerk } from '../../shared/contract/session';
import type { Result } from '../../shared/errors';
import { demoPin, migrationsFolder, TestClock, tempDir } from '../helpers/db';

const runtimes: AppRuntime[] = [];
afterEach(() => {
  for (const runtime of runtimes.splice(0)) closeRuntime(runtime);
});

async function startDesk() {
  const runtime = await startRuntime({
    mode: 'browser',
    dataDir: tempDir(),
    migrationsFolder,
    demoData: true,
    clock: new TestClock(),
  });
  runtimes.push(runtime);
  const dispatch = createDispatcher(runtime, () => undefined);
  const clerks = (await dispatch('session:loginClerks', {})) as Result<LoginClerk[]>;
  if (!clerks.ok) throw new Error('no clerks');
  const idOf = (employeeNo: string) => clerks.data.find((c) => c.employeeNo === employeeNo)?.id as string;
  const failedPins = (clerkId: string) =>
    runtime.state.kind === 'ready'
      ? (runtime.state.ctx.sqlite
          .prepare('select failed_pin_count from clerks where id = ?')
          .pluck()
          .get(clerkId) as number)
      : -1;
  return { dispatch, idOf, failedPins };
}

describe('PINs compared off the main thread before the service runs', () => {
  it('gives the same answers as before: a wrong PIN is counted and refused, the right one logs in and resets the count', async () => {
    const { dispatch, idOf, failedPins } = await startDesk();
    const clerkId = idOf('K001');
    const wrong = await dispatch('session:login', { clerkId, pin: '9999' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.wrongPin', field: 'pin', params: { left: 4 } },
    });
    expect(failedPins(clerkId)).toBe(1);
    const right = await dispatch('session:login', { clerkId, pin: demoPin('clerk') });
    expect(right.ok).toBe(true);
    expect(failedPins(clerkId)).toBe(0);
  });

  it('checks the PIN of a clerk who takes over a locked desk', async () => {
    const { dispatch, idOf, failedPins } = await startDesk();
    expect((await dispatch('session:login', { clerkId: idOf('K001'), pin: demoPin('clerk') })).ok).toBe(true);
    expect((await dispatch('session:lock', {})).ok).toBe(true);
    const lead = idOf('K002');
    expect(await dispatch('session:unlock', { clerkId: lead, pin: '0000' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.wrongPin' },
    });
    expect(failedPins(lead)).toBe(1);
    expect((await dispatch('session:unlock', { clerkId: lead, pin: demoPin('lead') })).ok).toBe(true);
  });

  it('finds the PINs wherever the contracts carry them, and nothing else', () => {
    expect(pinPairs({ clerkId: 'a', pin: '1111' })).toEqual([{ clerkId: 'a', pin: '1111' }]);
    expect(pinPairs({ id: 's', approval: { clerkId: 'b', pin: '2222' } })).toEqual([{ clerkId: 'b', pin: '2222' }]);
    expect(pinPairs({ incoming: { clerkId: 'c', pin: '3333' }, notes: '' })).toEqual([{ clerkId: 'c', pin: '3333' }]);
    expect(pinPairs({ approverId: 'd', approverPin: '4444' })).toEqual([{ clerkId: 'd', pin: '4444' }]);
    expect(pinPairs({ approverId: 'e', pin: '5555' })).toEqual([{ clerkId: 'e', pin: '5555' }]);
    // A new PIN being set (no clerk to compare against) and a claim code are not PIN checks.
    expect(pinPairs({ id: 'f', pin: '6666' })).toEqual([]);
    expect(pinPairs({ id: 's', claimCode: '123456', approval: null })).toEqual([]);
  });
});
