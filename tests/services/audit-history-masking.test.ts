import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../shared/contract/audit';
import type { CallView } from '../../shared/contract/calls';
import { data, startIpcDesk } from '../helpers/ipc';

describe("a record's change history", () => {
  it('shows phone and ID numbers in its values masked, never in full; other text as typed', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const call = data<CallView>(
      await desk.dispatch('calls:log', {
        direction: 'incoming',
        phone: '13812345678',
        category: 'enquiry',
        summary: '询问营业时间',
      }),
    );
    // A clerk corrects the number and notes the caller's ID in the summary: the history shows old and new values.
    data(
      await desk.dispatch('calls:update', {
        id: call.id,
        version: call.version,
        phone: '13900001111',
        summary: '来电人身份证 110101199003071234，订单 20261201',
      }),
    );
    const history = data<AuditEntryView[]>(
      await desk.dispatch('audit:history', { entity: 'calls', entityId: call.id }),
    );
    const shown = JSON.stringify(history);
    expect(history.some((entry) => entry.changes.length > 0)).toBe(true);
    // The bad case: the full numbers must not reach the screen.
    expect(shown).not.toContain('13812345678');
    expect(shown).not.toContain('110101199003071234');
    expect(shown).not.toContain('13900001111');
    expect(shown).toContain('138****5678');
    expect(shown).toContain('139****1111');
    expect(shown).toContain('110***********1234');
    // A date-like or order number is not a phone: it stays as typed.
    expect(shown).toContain('订单 20261201');
  });
});
