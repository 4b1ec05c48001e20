import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../electron/services/context';
import {
  getCampaign,
  getGiftRecord,
  listGiftRecords,
  recordStock,
  redeemGift,
  saveCampaign,
  saveGiftItem,
} from '../../electron/services/gifts';
import { searchRecords } from '../../electron/services/search/query';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { campaignInput, giftItemInput, listGiftsInput, redeemInput, stockMoveInput } from '../../shared/contract/gifts';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { refusal } from '../helpers/storage';
import { startCounterSync, until } from '../helpers/sync-counters';

const engines: SyncEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllNatsServers();
});

const hasRow = (desk: TestDesk, table: string, id: string) =>
  desk.ctx.sqlite.prepare(`select count(*) from ${table} where id = ?`).pluck().get(id) === 1;
const stockAt = (desk: TestDesk, campaignId: string) => getCampaign(desk.ctx, campaignId).items[0]?.stock;

describe('gifts across the counters of one site', () => {
  it('a gift handed out at counter 1 is seen at counter 2, whose stock counts it and which refuses the same receipt', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const one = await freshDesk();
    const two = await freshDesk({ demo: false });
    engines.push(startCounterSync(one, server, 'XH', 1), startCounterSync(two, server, 'XH', 2));

    // A supervisor sets the campaign up at counter 1; 10 umbrellas come in from 企划部.
    const supervisor = one.clerkByRole('supervisor');
    const c = saveCampaign(
      one.ctx,
      supervisor,
      campaignInput.parse({
        name: '双十一满额赠',
        startDay: '2026-11-20',
        endDay: '2026-11-30',
        threshold: '200',
        perPersonPerDay: 1,
      }),
    );
    const umbrella = saveGiftItem(one.ctx, supervisor, giftItemInput.parse({ campaignId: c.id, name: '折叠伞' }))
      .items[0];
    if (!umbrella) throw new Error('no umbrella');
    const clerk: Actor = one.clerkByRole('clerk');
    recordStock(
      one.ctx,
      clerk,
      stockMoveInput.parse({ itemId: umbrella.id, direction: 'in', quantity: 10, source: '企划部' }),
    );
    const given = redeemGift(
      one.ctx,
      clerk,
      redeemInput.parse({
        campaignId: c.id,
        itemId: umbrella.id,
        customerName: '赵敏',
        phone: '13912345678',
        receipts: 'A001, A002',
        amount: '268.50',
      }),
    );
    expect(given.serialNo).toMatch(/-1001$/);

    // Counter 2 sees the redemption, the stock after it and finds it by Ctrl+K.
    await until('the redemption at counter 2', () => hasRow(two, 'gift_redemptions', given.id), 5000);
    await until('its stock movement at counter 2', () => stockAt(two, c.id) === 9, 5000);
    expect(getGiftRecord(two.ctx, given.id)).toMatchObject({
      serialNo: given.serialNo,
      personName: '赵敏',
      campaignName: '双十一满额赠',
      itemName: '折叠伞',
      receiptNos: ['A001', 'A002'],
    });
    expect(stockAt(two, c.id)).toBe(9);
    expect(listGiftRecords(two.ctx, listGiftsInput.parse({ campaignId: c.id })).map((r) => r.id)).toEqual([given.id]);
    expect(searchRecords(two.ctx.sqlite, '13912345678', 5).map((h) => h.entityId)).toContain(given.id);

    // The same receipt at counter 2 is refused, naming counter 1's redemption; nothing is written there.
    const again = redeemInput.parse({
      campaignId: c.id,
      itemId: umbrella.id,
      customerName: '钱进',
      phone: '13800001111',
      receipts: 'a002',
      amount: '300',
    });
    const refused = refusal(() => redeemGift(two.ctx, clerk, again));
    expect([refused.messageKey, refused.field]).toEqual(['errors.giftReceiptUsed', 'receipts']);
    expect(refused.params).toMatchObject({ receipt: 'A002', serial: given.serialNo });
    // The same customer's second gift of the day at counter 2 is refused too (the daily limit counts both counters).
    const sameDay = refusal(() => redeemGift(two.ctx, clerk, { ...again, phone: '13912345678', receipts: ['B001'] }));
    expect(sameDay.messageKey).toBe('errors.giftPersonLimit');
    expect(listGiftRecords(two.ctx, listGiftsInput.parse({ campaignId: c.id })).length).toBe(1);

    // A new receipt at counter 2 is given, and counter 1's stock counts it.
    const second = redeemGift(two.ctx, clerk, { ...again, receipts: ['C001'] });
    expect(second.serialNo).toMatch(/-2001$/);
    await until('counter 2’s redemption at counter 1', () => stockAt(one, c.id) === 8, 5000);
    expect(getGiftRecord(one.ctx, second.id)).toMatchObject({ personName: '钱进', receiptNos: ['C001'] });
    for (const desk of [one, two])
      expect(desk.ctx.sqlite.prepare('select count(*) from sync_conflicts').pluck().get()).toBe(0);
  });
});
