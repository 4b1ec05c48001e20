import { describe, expect, it } from 'vitest';
import { type MoneyCeilings, moneyCeilingFen, parseMoney, withMoneyCeilings } from '../../shared/contract/money';
import type { MoneyCeilingsView } from '../../shared/contract/settings';
import { parseMessage } from '../../shared/errors';
import { data, failure, startIpcDesk } from '../helpers/ipc';

const ceilingsWith = (changes: Partial<MoneyCeilings>): MoneyCeilings => ({ ...moneyCeilingFen, ...changes });
const refusalOf = (result: Awaited<ReturnType<Awaited<ReturnType<typeof startIpcDesk>>['dispatch']>>, f: string) =>
  result.ok ? undefined : result.error.fieldErrors?.[f];

describe('money ceilings as a setting', () => {
  it('starts at the defaults, version 0, and refuses an invoice amount above the default ceiling', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const view = data<MoneyCeilingsView>(await desk.dispatch('settings:moneyCeilings', {}));
    expect(view).toEqual({ version: 0, ceilings: moneyCeilingFen });
    const refused = refusalOf(await desk.dispatch('invoices:request', { amountYuan: '1,000,000.01' }), 'amountYuan');
    expect(parseMessage(refused ?? '')).toEqual({ key: 'errors.amountTooLarge', params: { max: '¥1,000,000.00' } });
  });

  it('a supervisor lowers a ceiling: main then refuses above it, naming the new limit, and takes the limit itself', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K003', 'supervisor');
    const saved = data<MoneyCeilingsView>(
      await desk.dispatch('settings:saveMoneyCeilings', {
        version: 0,
        ceilings: ceilingsWith({ invoiceAmount: 500_000, storageFee: 2_000 }),
      }),
    );
    expect(saved.version).toBe(1);
    expect(saved.ceilings.invoiceAmount).toBe(500_000);
    const above = refusalOf(await desk.dispatch('invoices:request', { amountYuan: '5,000.01' }), 'amountYuan');
    expect(parseMessage(above ?? '')).toEqual({ key: 'errors.amountTooLarge', params: { max: '¥5,000.00' } });
    expect(
      refusalOf(await desk.dispatch('invoices:request', { amountYuan: '5,000.00' }), 'amountYuan'),
    ).toBeUndefined();
    // A field already in fen (the storage fee) follows its setting too.
    const fee = refusalOf(await desk.dispatch('storage:deposit', { feeFen: 2_001 }), 'feeFen');
    expect(parseMessage(fee ?? '')).toEqual({ key: 'errors.amountTooLarge', params: { max: '¥20.00' } });
    expect(refusalOf(await desk.dispatch('storage:deposit', { feeFen: 2_000 }), 'feeFen')).toBeUndefined();
    // The save is audited as a change of the setting.
    expect(desk.count("select count(*) from audit_log where entity = 'settings' and entity_id = 'moneyCeilings'")).toBe(
      1,
    );
  });

  it('refuses a save by a clerk, a stale save, and a ceiling that is not a sane amount', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const byClerk = failure(
      await desk.dispatch('settings:saveMoneyCeilings', { version: 0, ceilings: ceilingsWith({ refund: 100 }) }),
    );
    expect(byClerk.code).toBe('forbidden');
    await desk.dispatch('session:logout', {});
    await desk.loginAs('K003', 'supervisor');
    data(await desk.dispatch('settings:saveMoneyCeilings', { version: 0, ceilings: ceilingsWith({ refund: 100 }) }));
    const stale = failure(
      await desk.dispatch('settings:saveMoneyCeilings', { version: 0, ceilings: ceilingsWith({ refund: 900 }) }),
    );
    expect(stale.messageKey).toBe('errors.staleVersion');
    for (const [bad, key] of [
      [0, 'errors.amountPositive'],
      [99, 'errors.amountPositive'],
      [10_000_000_001, 'errors.amountTooLarge'],
      [12.5, 'errors.amountFormat'],
    ] as const) {
      const refused = failure(
        await desk.dispatch('settings:saveMoneyCeilings', { version: 1, ceilings: ceilingsWith({ refund: bad }) }),
      );
      expect(parseMessage(refused.fieldErrors?.['ceilings.refund'] ?? '').key).toBe(key);
    }
    const missing = failure(
      await desk.dispatch('settings:saveMoneyCeilings', { version: 1, ceilings: { refund: 100 } }),
    );
    expect(missing.fieldErrors?.['ceilings.invoiceAmount']).toBe('errors.required');
    const view = data<MoneyCeilingsView>(await desk.dispatch('settings:moneyCeilings', {}));
    expect(view).toEqual({ version: 1, ceilings: ceilingsWith({ refund: 100 }) });
  });

  it('two desks in one process keep their own ceilings: a parse under one leaves the defaults for the next', async () => {
    const low = await startIpcDesk();
    const other = await startIpcDesk();
    await low.loginAs('K003', 'supervisor');
    data(await low.dispatch('settings:saveMoneyCeilings', { version: 0, ceilings: ceilingsWith({ refund: 1_000 }) }));
    const refund = { amountYuan: '10.01' };
    expect(refusalOf(await low.dispatch('returns:register', refund), 'amountYuan')).toMatch(/amountTooLarge/);
    expect(refusalOf(await other.dispatch('returns:register', refund), 'amountYuan')).toBeUndefined();
    expect(parseMoney('100,000.00', { field: 'refund' })).toEqual({ ok: true, fen: 10_000_000 });
    const inside = withMoneyCeilings(ceilingsWith({ refund: 1_000 }), () => parseMoney('10.01', { field: 'refund' }));
    expect(inside.ok).toBe(false);
    expect(parseMoney('10.01', { field: 'refund' }).ok).toBe(true);
  });
});
