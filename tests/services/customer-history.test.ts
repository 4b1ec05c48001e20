import { describe, expect, it } from 'vitest';
import { logCall } from '../../electron/services/calls/calls';
import { registerVisit } from '../../electron/services/reception/visits';
import { customerHistory } from '../../electron/services/search/query';
import { logCallInput } from '../../shared/contract/calls';
import { registerVisitInput } from '../../shared/contract/reception';
import { freshDesk } from '../helpers/db';

describe('customer history by phone', () => {
  it('puts every module’s records of one phone on one timeline, newest first, and nobody else’s', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const visit = registerVisit(
      desk.ctx,
      clerk,
      registerVisitInput.parse({ visitorName: '周杰', phone: '13800001111', purpose: 'enquiry' }),
    );
    desk.clock.advance(60_000);
    const call = logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({ direction: 'incoming', phone: '13800001111', category: 'enquiry', summary: '询问停车收费' }),
    );
    desk.clock.advance(60_000);
    logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({ direction: 'incoming', phone: '13900002222', category: 'enquiry', summary: '另一位顾客' }),
    );
    const history = customerHistory(desk.ctx.sqlite, '13800001111');
    expect(history.map((h) => [h.module, h.entityId])).toEqual([
      ['calls', call.id],
      ['reception', visit.id],
    ]);
    expect(customerHistory(desk.ctx.sqlite, '13700000000')).toEqual([]);
  });
});
