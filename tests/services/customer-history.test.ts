import { describe, expect, it } from 'vitest';
import { logCall } from '../../electron/services/calls/calls';
import { registerVisit, signOutVisit } from '../../electron/services/reception/visits';
import { openFirst, withStatus } from '../../electron/services/search/hit-status';
import { customerHistory, searchRecords } from '../../electron/services/search/query';
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

  it('gives each record its serial and state, and puts what is still open first', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const phone = '13800003333';
    const promised = logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({
        direction: 'incoming',
        phone,
        category: 'enquiry',
        summary: '要求回电',
        replyNeeded: true,
        replyDueAt: desk.clock.now() + 3600_000,
      }),
    );
    desk.clock.advance(60_000);
    const left = registerVisit(
      desk.ctx,
      clerk,
      registerVisitInput.parse({ visitorName: '吴敏', phone, purpose: 'enquiry' }),
    );
    signOutVisit(desk.ctx, clerk, { id: left.id, badgeReturned: true });
    desk.clock.advance(60_000);
    const logged = logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({ direction: 'incoming', phone, category: 'enquiry', summary: '只是咨询' }),
    );
    const history = openFirst(withStatus(desk.ctx, customerHistory(desk.ctx.sqlite, phone)));
    expect(history.map((h) => [h.entityId, h.serialNo, h.status?.tone, h.status?.labelKey, h.status?.open])).toEqual([
      [promised.id, promised.serialNo, 'open', 'calls.status.callback.open', true],
      [logged.id, logged.serialNo, 'done', 'calls.status.logged', false],
      [left.id, left.serialNo, 'done', 'reception.list.left', false],
    ]);
    expect(history[0]?.phone).toBe(phone);
    // A search hit carries the same state.
    const [hit] = withStatus(desk.ctx, searchRecords(desk.ctx.sqlite, '吴敏', 10));
    expect(hit).toMatchObject({ serialNo: left.serialNo, status: { tone: 'done', open: false } });
  });
});
