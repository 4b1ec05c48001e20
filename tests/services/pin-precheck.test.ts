import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from '../../electron/app/dispatch';
import { pinsOf } from '../../electron/app/pin-precheck';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/app/runtime';
import { channelNames, contract } from '../../shared/contract';
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

  it('every channel that carries a PIN to compare declares it in the contract, and nothing else does', () => {
    // Setting a new PIN (no stored one to compare against) is not a check: a new clerk's, a reset, and a new empty
    // desk's first supervisor's.
    const setsNewPin = new Set(['clerks:add', 'clerks:resetPin', 'sync:startNew']);
    const declaring: string[] = [];
    for (const name of channelNames) {
      const schema = JSON.stringify(z.toJSONSchema(contract[name].input, { unrepresentable: 'any', io: 'input' }));
      const carriesPin = /"(pin|approverPin)":/.test(schema) && !setsNewPin.has(name);
      expect(contract[name].pins !== undefined, name).toBe(carriesPin);
      if (carriesPin) declaring.push(name);
    }
    expect(declaring.length).toBeGreaterThanOrEqual(9);
  });

  it('finds the PINs where each channel declares them', () => {
    expect(pinsOf(contract['session:login'], { clerkId: 'a', pin: '1111' })).toEqual([{ clerkId: 'a', pin: '1111' }]);
    expect(pinsOf(contract['storage:pickup'], { id: 's', approval: { clerkId: 'b', pin: '2222' } })).toEqual([
      { clerkId: 'b', pin: '2222' },
    ]);
    expect(pinsOf(contract['storage:pickup'], { id: 's', claimCode: '123456', approval: null })).toEqual([]);
    expect(pinsOf(contract['handover:close'], { incoming: { clerkId: 'c', pin: '3333' }, notes: '' })).toEqual([
      { clerkId: 'c', pin: '3333' },
    ]);
    expect(pinsOf(contract['complaints:resolve'], { approverId: 'd', approverPin: '4444' })).toEqual([
      { clerkId: 'd', pin: '4444' },
    ]);
    expect(pinsOf(contract['complaints:resolve'], { approverId: null, approverPin: null })).toEqual([]);
    expect(pinsOf(contract['backup:restore'], { approverId: 'e', pin: '5555' })).toEqual([
      { clerkId: 'e', pin: '5555' },
    ]);
    expect(pinsOf(contract['clerks:resetPin'], { id: 'f', pin: '6666' })).toEqual([]);
  });
});
