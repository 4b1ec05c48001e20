import { describe, expect, it } from 'vitest';
import { getCall, logCall } from '../../electron/services/calls';
import { voidOrder } from '../../electron/services/repairs';
import { logCallInput } from '../../shared/contract/calls';
import { freshDesk } from '../helpers/db';
import { fileOrder } from '../helpers/repairs';

describe('a repair call and the work order it became', () => {
  it('the call names its order once one is made from it, and no longer once that order is voided', async () => {
    const desk = await freshDesk();
    const call = logCall(
      desk.ctx,
      desk.clerkByRole('clerk'),
      logCallInput.parse({
        direction: 'incoming',
        callerName: '陈先生',
        phone: '13912345678',
        category: 'repair',
        summary: '厨房水管漏水',
      }),
    );
    expect([call.repairOrderId, call.repairOrderSerial]).toEqual([null, null]);
    const order = fileOrder(desk, { callId: call.id });
    const linked = getCall(desk.ctx, call.id);
    expect([linked.repairOrderId, linked.repairOrderSerial]).toEqual([order.id, order.serialNo]);
    voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: order.id, reason: '重复报修' });
    expect(getCall(desk.ctx, call.id).repairOrderId).toBeNull();
  });
});
