import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../electron/services/context';
import { saveShop } from '../../electron/services/directory';
import { closeHandover, listHandovers } from '../../electron/services/handover';
import { requestInvoice, toRequestInput } from '../../electron/services/invoices';
import { lend, saveKind, saveLoanItem } from '../../electron/services/loans';
import { issuePass } from '../../electron/services/releases';
import { customerHistory, searchRecords } from '../../electron/services/search/query';
import { listItems, thisCounterId } from '../../electron/services/settings';
import { openOrContinueShift } from '../../electron/services/shifts';
import { shopInput } from '../../shared/contract/directory';
import { closeHandoverInput } from '../../shared/contract/handover';
import { requestInvoiceInput } from '../../shared/contract/invoices';
import { lendInput, loanItemInput, loanKindInput } from '../../shared/contract/loans';
import { issueReleaseInput } from '../../shared/contract/releases';
import { demoPin, type TestDesk } from '../helpers/db';
import { twoCounters, until } from '../helpers/sync-counters';

/**
 * Records of the modules whose search entry names more than the record's own row (the goods of a release pass, a
 * loan's item and kind, an invoice request's receipts), shops and handovers: written at counter 1, found at
 * counter 2 as counter 1 finds them.
 */
const counters = twoCounters();
let one: TestDesk;
let two: TestDesk;
beforeEach(() => {
  ({ one, two } = counters);
});

const ids = (desk: TestDesk, text: string) => searchRecords(desk.ctx.sqlite, text, 30).map((h) => h.entityId);
const has = (desk: TestDesk, table: string, id: string) =>
  desk.ctx.sqlite.prepare(`select 1 from ${table} where id = ?`).get(id) !== undefined;

/** Waits until counter 2 finds `id` by every one of `words`, then checks counter 1 finds it the same way. */
async function foundAtBoth(id: string, words: string[]): Promise<void> {
  await until(
    `${id} found at counter 2 by ${words.join(', ')}`,
    () => words.every((w) => ids(two, w).includes(id)),
    15_000,
  );
  for (const w of words) expect(ids(one, w)).toContain(id);
}

describe('search after apply: records that index more than their own row', () => {
  it('a goods release pass (放行条), by serial, each of its goods and in the customer’s history', async () => {
    const pass = issuePass(
      one.ctx,
      one.clerkByRole('clerk'),
      issueReleaseInput.parse({
        holderKind: 'owner',
        holderName: '刘女士',
        phone: '13911120001',
        unit: '3栋 1202',
        reason: 'move_out',
        items: [
          { name: '双人床垫', quantity: 1 },
          { name: '樟木衣柜', quantity: 1 },
        ],
        vehiclePlate: '沪A·12345',
        validDay: '2026-11-24',
        approverName: '刘女士',
        approvalMethod: 'present',
        approval: { clerkId: one.clerkByRole('lead').clerkId, pin: demoPin('lead') },
      }),
    );
    await foundAtBoth(pass.id, [pass.serialNo, '双人床垫', '樟木衣柜']);
    expect(customerHistory(two.ctx.sqlite, '13911120001').map((h) => h.entityId)).toContain(pass.id);
  }, 30_000);

  it('a loan (便民借用), by serial, phone, the item’s number and its kind', async () => {
    const supervisor = one.clerkByRole('supervisor');
    const kind = saveKind(
      one.ctx,
      supervisor,
      loanKindInput.parse({ name: '婴儿车', deposit: '100', loanDays: 0, overdueFee: '' }),
    );
    const item = saveLoanItem(one.ctx, supervisor, loanItemInput.parse({ kindId: kind.id, code: 'TC-07' }));
    const loan = lend(
      one.ctx,
      one.clerkByRole('clerk'),
      lendInput.parse({ itemId: item.id, borrowerName: '钱芳', phone: '13911120002', guarantee: 'deposit' }),
    );
    await foundAtBoth(loan.id, [loan.serialNo, 'TC-07', '婴儿车', '钱芳']);
    expect(customerHistory(two.ctx.sqlite, '13911120002').map((h) => h.entityId)).toContain(loan.id);
  }, 30_000);

  it('an invoice request (开票申请), by serial, title and each receipt number', async () => {
    const shop = (listItems(one.ctx, 'shops', false)[0] as { id: string }).id;
    const parsed = requestInvoiceInput.parse({
      receiptNos: ['XP20261124071', 'XP20261124072'],
      shopId: shop,
      purchaseDate: '2026-11-23',
      amountYuan: '860.00',
      kind: 'vat_ordinary',
      medium: 'electronic',
      buyerType: 'organisation',
      title: '福州星河贸易有限公司',
      taxpayerId: '91350100M000100Y43',
      email: 'finance@example.com',
    });
    const invoice = requestInvoice(one.ctx, one.clerkByRole('clerk'), toRequestInput(parsed));
    await until('the receipts at counter 2', () => has(two, 'invoice_requests', invoice.id), 15_000);
    await foundAtBoth(invoice.id, [invoice.serialNo, 'XP20261124071', 'XP20261124072', '星河贸易']);
  }, 30_000);

  it('a shop added and then moved at counter 1 is found at counter 2 where it is now', async () => {
    const input = {
      name: '茶颜悦色',
      category: 'food',
      floor: '2F',
      unitNo: 'L2-15',
      phone: '',
      opensAt: '10:00',
      closesAt: '22:00',
    } as const;
    const supervisor = one.clerkByRole('supervisor');
    const shop = saveShop(one.ctx, supervisor, shopInput.parse(input));
    await foundAtBoth(shop.id, ['茶颜悦色', 'L2-15']);
    saveShop(one.ctx, supervisor, shopInput.parse({ ...input, id: shop.id, version: shop.version, unitNo: 'L3-02' }));
    await foundAtBoth(shop.id, ['L3-02']);
    // The old unit no longer finds it anywhere: its entry was filed again, not added beside the old one.
    expect(ids(two, 'L2-15')).not.toContain(shop.id);
    const hit = searchRecords(two.ctx.sqlite, '茶颜悦色', 30).find((h) => h.entityId === shop.id);
    expect(hit?.subtitle).toContain('L3-02');
  }, 30_000);

  it('a handover closed at counter 1 is in counter 2’s handover history', async () => {
    const base = one.clerkByRole('lead');
    const counterId = thisCounterId(one.ctx) as string;
    const shift = openOrContinueShift(one.ctx, { ...base, counterId }, counterId);
    const lead: Actor = { ...base, shiftId: shift.id, counterId };
    const closed = closeHandover(
      one.ctx,
      lead,
      closeHandoverInput.parse({ notes: '', cashCountedFen: 0, incoming: null }),
    );
    const serialAtTwo = () => listHandovers(two.ctx, 20).map((h) => h.serialNo);
    await until('the handover at counter 2', () => serialAtTwo().includes(closed.handover.serialNo), 15_000);
    expect(listHandovers(two.ctx, 20).find((h) => h.serialNo === closed.handover.serialNo)).toEqual(
      listHandovers(one.ctx, 20).find((h) => h.serialNo === closed.handover.serialNo),
    );
  }, 30_000);
});
