import { describe, expect, it } from 'vitest';
import type { StorageDepositResult, StorageLocationView } from '../../shared/contract/storage';
import { data, failure, startIpcDesk } from '../helpers/ipc';

async function startDesk() {
  const desk = await startIpcDesk();
  return {
    dispatch: desk.dispatch,
    loginAs: desk.loginAs,
    slipCount: () => desk.count('select count(*) from storage_slips'),
  };
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
      failure(await dispatch('storage:transfer', { id: crypto.randomUUID(), version: 1, to: 'disposal', reason: 'x' }))
        .code,
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
