import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/handlers/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/handlers/runtime';
import type { LoginClerk } from '../../shared/contract/session';
import type { StorageDepositResult, StorageLocationView } from '../../shared/contract/storage';
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

async function startDesk() {
  const runtime = await startRuntime({
    mode: 'browser',
    dataDir: tempDir(),
    migrationsFolder,
    demoData: true,
    clock: new TestClock(),
  });
  runtimes.push(runtime);
  const dispatch = createDispatcher(runtime);
  const loginAs = async (employeeNo: string, role: Parameters<typeof demoPin>[0]) => {
    const clerks = data<LoginClerk[]>(await dispatch('session:loginClerks', {}));
    const clerkId = clerks.find((c) => c.employeeNo === employeeNo)?.id;
    data(await dispatch('session:login', { clerkId, pin: demoPin(role) }));
  };
  const slipCount = () =>
    runtime.state.kind === 'ready'
      ? (runtime.state.ctx.sqlite.prepare('select count(*) from storage_slips').pluck().get() as number)
      : -1;
  return { dispatch, loginAs, slipCount };
}

describe('storage channels', () => {
  it('let only a supervisor maintain locations and settings', async () => {
    const { dispatch, loginAs } = await startDesk();
    await loginAs('K001', 'clerk');
    expect(failure(await dispatch('storage:saveLocation', { code: 'A-01', kind: 'shelf' })).code).toBe('forbidden');
    expect(
      failure(
        await dispatch('storage:saveSettings', {
          feeFen: 0,
          waiverLimitFen: 0,
          claimFailuresBeforeLock: 3,
          slipLayout: 'A5',
        }),
      ).code,
    ).toBe('forbidden');
    expect(
      failure(await dispatch('storage:transfer', { id: crypto.randomUUID(), to: 'disposal', reason: 'x' })).code,
    ).toBe('forbidden');
    expect(data(await dispatch('storage:settings', {}))).toMatchObject({ claimFailuresBeforeLock: 3, overdueDays: 30 });
  });

  it('refuse bad input before the service runs, naming the field, and write nothing', async () => {
    const { dispatch, loginAs, slipCount } = await startDesk();
    await loginAs('K003', 'supervisor');
    expect(failure(await dispatch('storage:saveLocation', { code: 'a 01!', kind: 'shelf' }))).toMatchObject({
      field: 'code',
      messageKey: 'errors.locationCodeFormat',
    });
    const location = data<StorageLocationView>(
      await dispatch('storage:saveLocation', { code: 'a-01', kind: 'locker' }),
    );
    expect(location).toMatchObject({ code: 'A-01', free: true, shared: false });
    const good = {
      depositorName: '赵敏',
      phone: '13912345678',
      description: '购物袋',
      pieces: 2,
      size: 'small',
      locationId: location.id,
    };
    expect(failure(await dispatch('storage:deposit', { ...good, pieces: 0 }))).toMatchObject({
      field: 'pieces',
      messageKey: 'errors.atLeastOne',
    });
    expect(failure(await dispatch('storage:deposit', { ...good, feeFen: 12.5 }))).toMatchObject({
      field: 'feeFen',
      messageKey: 'errors.amountFormat',
    });
    expect(slipCount()).toBe(0);
    const saved = data<StorageDepositResult>(await dispatch('storage:deposit', good));
    expect(saved.claimCode).toMatch(/^\d{6}$/);
    expect(
      failure(
        await dispatch('storage:pickup', {
          id: saved.slip.id,
          pieces: 1,
          collectorName: '赵敏',
          proof: 'claim_code',
          claimCode: '12',
        }),
      ),
    ).toMatchObject({
      field: 'claimCode',
      messageKey: 'errors.claimCodeFormat',
    });
    // The claim code is never readable again: not from get, not from find.
    const text = JSON.stringify([
      await dispatch('storage:get', { id: saved.slip.id }),
      await dispatch('storage:find', { query: saved.slip.serialNo }),
    ]);
    expect(text).not.toContain(`"${saved.claimCode}"`);
  });
});
