import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import type { Actor } from '../../electron/services/context';
import {
  getCampaign,
  giftLedger,
  listGiftRecords,
  recordDraw,
  recordLedgerPrint,
  recordStock,
  redeemGift,
  saveCampaign,
  saveGiftItem,
  voidGiftRecord,
} from '../../electron/services/gifts';
import { giftsSection } from '../../electron/services/gifts/handover-section';
import { giftsReport } from '../../electron/services/gifts/report-section';
import { searchRecords } from '../../electron/services/search/query';
import { thisCounterId } from '../../electron/services/settings';
import { openOrContinueShift } from '../../electron/services/shifts';
import {
  campaignInput,
  drawInput,
  type GiftItemView,
  giftItemInput,
  listGiftsInput,
  type RedeemInput,
  redeemInput,
  stockMoveInput,
} from '../../shared/contract/gifts';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { count, DAY, HOUR, refusal } from '../helpers/storage';

function onShift(desk: TestDesk, role: Actor['role']): Actor {
  const base = desk.clerkByRole(role);
  const counterId = thisCounterId(desk.ctx) as string;
  const shift = openOrContinueShift(desk.ctx, { ...base, counterId }, counterId);
  return { ...base, shiftId: shift.id, counterId };
}

/** 双十一满额赠: ¥200 for one gift, one per person a day, 20 umbrellas from 企划部 and 2 prize kettles. */
function campaign(desk: TestDesk) {
  const supervisor = desk.clerkByRole('supervisor');
  const c = saveCampaign(
    desk.ctx,
    supervisor,
    campaignInput.parse({
      name: '双十一满额赠',
      startDay: '2026-11-20',
      endDay: '2026-11-30',
      threshold: '200',
      perPersonPerDay: 1,
    }),
  );
  saveGiftItem(desk.ctx, supervisor, giftItemInput.parse({ campaignId: c.id, name: '折叠伞' }));
  const withItems = saveGiftItem(desk.ctx, supervisor, giftItemInput.parse({ campaignId: c.id, name: '电水壶' }));
  const [umbrella, kettle] = ['折叠伞', '电水壶'].map((name) => {
    const item = withItems.items.find((i) => i.name === name);
    if (!item) throw new Error(`no ${name}`);
    return item;
  }) as [GiftItemView, GiftItemView];
  const clerk = onShift(desk, 'clerk');
  recordStock(
    desk.ctx,
    clerk,
    stockMoveInput.parse({ itemId: umbrella.id, direction: 'in', quantity: 20, source: '企划部' }),
  );
  recordStock(
    desk.ctx,
    clerk,
    stockMoveInput.parse({ itemId: kettle.id, direction: 'in', quantity: 2, source: '企划部' }),
  );
  return { campaign: c, umbrella, kettle, clerk };
}

const redeemOf = (campaignId: string, itemId: string, extra: Partial<RedeemInput> = {}): RedeemInput => ({
  campaignId,
  itemId,
  customerName: '赵敏',
  phone: '13912345678',
  receipts: 'a001, A002',
  amount: '268.50',
  ...extra,
});

describe('gift campaigns and stock', () => {
  it('keeps stock as the sum of movements in and out; refuses a second campaign of the same name and bad days', async () => {
    const desk = await freshDesk();
    const { campaign: c, umbrella, clerk } = campaign(desk);
    expect(getCampaign(desk.ctx, c.id).items.map((i) => [i.name, i.stock])).toEqual([
      ['折叠伞', 20],
      ['电水壶', 2],
    ]);
    expect(c.thresholdFen).toBe(20000);
    recordStock(
      desk.ctx,
      clerk,
      stockMoveInput.parse({ itemId: umbrella.id, direction: 'out', quantity: 5, source: '企划部' }),
    );
    const after = getCampaign(desk.ctx, c.id).items.find((i) => i.id === umbrella.id);
    expect(after).toMatchObject({ received: 20, sentBack: 5, stock: 15 });
    const tooMany = refusal(() =>
      recordStock(
        desk.ctx,
        clerk,
        stockMoveInput.parse({ itemId: umbrella.id, direction: 'out', quantity: 16, source: '企划部' }),
      ),
    );
    expect(tooMany).toMatchObject({ messageKey: 'errors.giftStockShort', field: 'quantity' });
    const supervisor = desk.clerkByRole('supervisor');
    const again = refusal(() =>
      saveCampaign(
        desk.ctx,
        supervisor,
        campaignInput.parse({
          name: '双十一满额赠',
          startDay: '2026-12-01',
          endDay: '2026-12-02',
          threshold: '1',
          perPersonPerDay: 1,
        }),
      ),
    );
    expect(again).toMatchObject({ messageKey: 'errors.giftCampaignTaken', field: 'name' });
    const backwards = campaignInput.safeParse({
      name: '年货节',
      startDay: '2026-12-05',
      endDay: '2026-12-01',
      threshold: '100',
      perPersonPerDay: 1,
    });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ['endDay'], message: 'errors.giftCampaignDays' });
    expect(
      stockMoveInput.safeParse({ itemId: umbrella.id, direction: 'in', quantity: 0, source: '企划部' }).success,
    ).toBe(false);
    expect(stockMoveInput.safeParse({ itemId: umbrella.id, direction: 'in', quantity: 3, source: ' ' }).success).toBe(
      false,
    );
  });
});

describe('redemption against receipts', () => {
  it('gives a gift for receipts over the threshold, audited, searchable by phone, name, initials and receipt; the stock drops', async () => {
    const desk = await freshDesk();
    const { campaign: c, umbrella, clerk } = campaign(desk);
    const given = redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id)));
    expect(given).toMatchObject({
      recordKind: 'redemption',
      serialNo: 'ZP-XH-20261124-0001',
      receiptNos: ['A001', 'A002'],
      amountFen: 26850,
      state: 'done',
    });
    expect(getCampaign(desk.ctx, c.id).items.find((i) => i.id === umbrella.id)?.stock).toBe(19);
    expect(auditHistory(desk.ctx.sqlite, 'giftRedemptions', given.id)[0]?.action).toBe('create');
    for (const q of ['5678', '赵敏', 'zm', 'A002', 'ZP-XH-20261124-0001'])
      expect(searchRecords(desk.ctx.sqlite, q, 10).map((h) => h.entityId)).toContain(given.id);
    expect(listGiftRecords(desk.ctx, listGiftsInput.parse({ text: 'a001' })).map((g) => g.id)).toEqual([given.id]);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses below the threshold, a receipt used before, a second gift the same day, and nothing is written', async () => {
    const desk = await freshDesk();
    const { campaign: c, umbrella, clerk } = campaign(desk);
    const below = refusal(() =>
      redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id, { amount: '199.99' }))),
    );
    expect(below).toMatchObject({ messageKey: 'errors.giftBelowThreshold', field: 'amount' });
    redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id)));
    const reused = refusal(() =>
      redeemGift(
        desk.ctx,
        clerk,
        redeemInput.parse(redeemOf(c.id, umbrella.id, { phone: '13800000000', receipts: 'B9 a002' })),
      ),
    );
    expect(reused).toMatchObject({ messageKey: 'errors.giftReceiptUsed', field: 'receipts' });
    expect(reused.params).toMatchObject({ receipt: 'A002', serial: 'ZP-XH-20261124-0001' });
    const secondToday = refusal(() =>
      redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id, { receipts: 'C1' }))),
    );
    expect(secondToday).toMatchObject({ messageKey: 'errors.giftPersonLimit', field: 'phone' });
    expect(count(desk, 'gift_redemptions')).toBe(1);
    expect(count(desk, 'gift_receipts')).toBe(2);
    // The next day the same customer may redeem again, with new receipts.
    desk.clock.advance(DAY);
    expect(redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id, { receipts: 'C1' }))).state).toBe(
      'done',
    );
    expect(redeemInput.safeParse(redeemOf(c.id, umbrella.id, { receipts: ' , ' })).error?.issues[0]?.message).toBe(
      'errors.giftReceiptsRequired',
    );
    expect(redeemInput.safeParse(redeemOf(c.id, umbrella.id, { amount: '12.505' })).success).toBe(false);
    expect(redeemInput.safeParse(redeemOf(c.id, umbrella.id, { phone: '123' })).success).toBe(false);
  });

  it('refuses outside the campaign days, a gift of another campaign, and an empty stock', async () => {
    const desk = await freshDesk();
    const { campaign: c, umbrella, kettle, clerk } = campaign(desk);
    const supervisor = desk.clerkByRole('supervisor');
    const other = saveCampaign(
      desk.ctx,
      supervisor,
      campaignInput.parse({
        name: '年货节',
        startDay: '2026-11-24',
        endDay: '2026-12-31',
        threshold: '0',
        perPersonPerDay: 5,
      }),
    );
    const wrong = refusal(() => redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(other.id, umbrella.id))));
    expect(wrong).toMatchObject({ messageKey: 'errors.giftItemOtherCampaign', field: 'itemId' });
    redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, kettle.id, { phone: '13800000001', receipts: 'K1' })));
    redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, kettle.id, { phone: '13800000002', receipts: 'K2' })));
    const empty = refusal(() =>
      redeemGift(
        desk.ctx,
        clerk,
        redeemInput.parse(redeemOf(c.id, kettle.id, { phone: '13800000003', receipts: 'K3' })),
      ),
    );
    expect(empty).toMatchObject({ messageKey: 'errors.giftOutOfStock', field: 'itemId' });
    desk.clock.advance(7 * DAY);
    const over = refusal(() =>
      redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id, { receipts: 'Z9' }))),
    );
    expect(over).toMatchObject({ messageKey: 'errors.giftCampaignNotRunning', field: 'campaignId' });
  });

  it('a lead voids with a reason: the gift is back in stock and the receipts may be used again; a clerk may not', async () => {
    const desk = await freshDesk();
    const { campaign: c, umbrella, clerk } = campaign(desk);
    const given = redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id)));
    expect(refusal(() => voidGiftRecord(desk.ctx, clerk, { id: given.id, reason: '录错' })).code).toBe('forbidden');
    const lead = desk.clerkByRole('lead');
    expect(refusal(() => voidGiftRecord(desk.ctx, lead, { id: given.id, reason: ' ' })).field).toBe('reason');
    const voided = voidGiftRecord(desk.ctx, lead, { id: given.id, reason: '顾客退货' });
    expect(voided).toMatchObject({ state: 'voided', voidReason: '顾客退货' });
    expect(getCampaign(desk.ctx, c.id).items.find((i) => i.id === umbrella.id)).toMatchObject({
      redeemed: 0,
      stock: 20,
    });
    expect(refusal(() => voidGiftRecord(desk.ctx, lead, { id: given.id, reason: '再次' })).messageKey).toBe(
      'errors.giftRecordVoided',
    );
    const again = redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id)));
    expect(again.receiptNos).toEqual(['A001', 'A002']);
    expect(searchRecords(desk.ctx.sqlite, '5678', 10).find((h) => h.entityId === given.id)?.voided).toBe(true);
  });
});

describe('lucky draws', () => {
  it("records the draw, the winner and the prize with a lead's PIN; a wrong PIN or a clerk's approval is refused", async () => {
    const desk = await freshDesk();
    const { campaign: c, kettle, clerk } = campaign(desk);
    const lead = desk.clerkByRole('lead');
    const input = (approval: { clerkId: string; pin: string }) =>
      drawInput.parse({
        campaignId: c.id,
        itemId: kettle.id,
        drawName: '第一轮 12 号',
        winnerName: '钱进',
        phone: '13700001111',
        approval,
      });
    expect(refusal(() => recordDraw(desk.ctx, clerk, input({ clerkId: lead.clerkId, pin: '0000' }))).field).toBe('pin');
    expect(
      refusal(() => recordDraw(desk.ctx, clerk, input({ clerkId: clerk.clerkId, pin: demoPin('clerk') }))).field,
    ).toBe('approverId');
    expect(count(desk, 'gift_draws')).toBe(0);
    const draw = recordDraw(desk.ctx, clerk, input({ clerkId: lead.clerkId, pin: demoPin('lead') }));
    expect(draw).toMatchObject({ recordKind: 'draw', serialNo: 'CJ-XH-20261124-0001', approvedByName: lead.name });
    expect(getCampaign(desk.ctx, c.id).items.find((i) => i.id === kettle.id)?.stock).toBe(1);
    expect(searchRecords(desk.ctx.sqlite, 'qj', 10).map((h) => h.entityId)).toContain(draw.id);
    const ledger = giftLedger(desk.ctx, c.id);
    expect(ledger.moves.map((m) => [m.kind, m.itemName, m.quantity, m.serialNo])).toEqual([
      ['in', '折叠伞', 20, ''],
      ['in', '电水壶', 2, ''],
      ['prize', '电水壶', -1, 'CJ-XH-20261124-0001'],
    ]);
    expect(recordLedgerPrint(desk.ctx, clerk, c.id)).toEqual({ reprint: false });
    expect(recordLedgerPrint(desk.ctx, clerk, c.id)).toEqual({ reprint: true });
  });
});

describe('gifts on the handover sheet and in the reports', () => {
  it("counts the shift's redemptions, prizes and stock received, lists each running gift's stock, and reports the day", async () => {
    const desk = await freshDesk();
    const from = desk.clock.now() - HOUR;
    const { campaign: c, umbrella, kettle, clerk } = campaign(desk);
    redeemGift(desk.ctx, clerk, redeemInput.parse(redeemOf(c.id, umbrella.id)));
    const lead = desk.clerkByRole('lead');
    const voided = redeemGift(
      desk.ctx,
      clerk,
      redeemInput.parse(redeemOf(c.id, umbrella.id, { phone: '13800000009', receipts: 'X1' })),
    );
    voidGiftRecord(desk.ctx, lead, { id: voided.id, reason: '录错' });
    recordDraw(
      desk.ctx,
      clerk,
      drawInput.parse({
        campaignId: c.id,
        itemId: kettle.id,
        drawName: '第一轮',
        winnerName: '钱进',
        phone: '13700001111',
        approval: { clerkId: lead.clerkId, pin: demoPin('lead') },
      }),
    );
    const now = desk.clock.now();
    const section = giftsSection.compile(desk.ctx, { id: clerk.shiftId as string, openedAt: from, closedAt: now }, now);
    expect(section.counts.map((x) => x.value)).toEqual([1, 1, 22]);
    expect(section.open[0]?.items.map((i) => i.note)).toEqual([
      '双十一满额赠 · 折叠伞：19',
      '双十一满额赠 · 电水壶：1',
    ]);
    const report = giftsReport.compile(desk.ctx, { from, to: now + HOUR, asOf: now, now, timeZone: 'Asia/Shanghai' });
    const figure = (key: string) => report.figures.find((f) => f.key === `reports.gifts.${key}`)?.value;
    expect([figure('redeemed'), figure('amount'), figure('prizes'), figure('received'), figure('voided')]).toEqual([
      1, 26850, 1, 22, 1,
    ]);
    expect(report.breakdowns[0]?.rows).toEqual([{ key: '双十一满额赠', count: 1 }]);
  });
});
