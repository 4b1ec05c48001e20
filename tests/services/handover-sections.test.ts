import { describe, expect, it } from 'vitest';
import type { Actor } from '../../electron/services/context';
import { closeHandover, previewHandover } from '../../electron/services/handover';
import { issueInvoice, requestInvoice, toRequestInput } from '../../electron/services/invoices/invoice-requests';
import { listItems, thisCounterId } from '../../electron/services/settings';
import { openOrContinueShift } from '../../electron/services/shifts';
import { pickUpGoods } from '../../electron/services/storage';
import { closeHandoverInput } from '../../shared/contract/handover';
import { requestInvoiceInput } from '../../shared/contract/invoices';
import { pickupInput } from '../../shared/contract/storage';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addLocation, bags, DAY, deposit, HOUR } from '../helpers/storage';
import { fileComplaint } from './complaints-helpers';

function onShift(desk: TestDesk, role: Actor['role']): Actor {
  const base = desk.clerkByRole(role);
  const counterId = thisCounterId(desk.ctx) as string;
  const shift = openOrContinueShift(desk.ctx, { ...base, counterId }, counterId);
  return { ...base, shiftId: shift.id, counterId };
}

describe('the storage section of the handover sheet', () => {
  it('counts slips and pickups, expects the fees as cash, and hands over stored goods with location and overdue', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const a = addLocation(desk, 'L-01');
    const b = addLocation(desk, 'L-02');
    const c = addLocation(desk, 'L-03');
    const overdue = deposit(desk, { ...bags(a.id), feeFen: 500, expectedPickupAt: desk.clock.now() + HOUR }, clerk);
    deposit(desk, { ...bags(b.id), feeFen: 1000, waivedFen: 200, expectedPickupAt: desk.clock.now() + DAY }, clerk);
    const collected = deposit(desk, { ...bags(c.id), feeFen: 0 }, clerk);
    pickUpGoods(
      desk.ctx,
      clerk,
      pickupInput.parse({
        id: collected.slip.id,
        proof: 'claim_code',
        claimCode: collected.claimCode,
        pieces: 2,
        collectorName: '赵敏',
      }),
    );
    desk.clock.advance(2 * HOUR);

    const sheet = previewHandover(desk.ctx, clerk);
    const storage = sheet.sections.find((s) => s.key === 'handover.storage.title');
    expect(storage?.counts).toEqual([
      { key: 'handover.storage.stored', value: 3 },
      { key: 'handover.storage.pickedUp', value: 1 },
    ]);
    expect(storage?.cash).toEqual([{ key: 'handover.storage.fees', fen: 1300 }]);
    expect(sheet.cashExpectedFen).toBe(1300);
    const items = storage?.open[0]?.items ?? [];
    expect(items.map((i) => [i.serial, i.location, i.overdue])).toEqual([
      [overdue.slip.serialNo, 'L-01', true],
      [expect.any(String), 'L-02', false],
    ]);
    expect(items[0]?.phoneMasked).toBe('139****5678');

    // Counted cash that matches the fees needs no explanation.
    const lead = { ...desk.clerkByRole('lead'), shiftId: clerk.shiftId, counterId: clerk.counterId };
    const record = closeHandover(
      desk.ctx,
      lead,
      closeHandoverInput.parse({ cashCountedFen: 1300, incoming: null }),
    ).handover;
    expect(record).toMatchObject({ cashExpectedFen: 1300, cashCountedFen: 1300, cashDifferenceNote: '' });
  });
});

describe('the invoices section of the handover sheet', () => {
  it('counts requests taken and invoices issued in the shift, and hands over the requests not yet issued', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const shopId = listItems(desk.ctx, 'shops', false)[0]?.id as string;
    const request = (receiptNo: string, amountYuan: string) =>
      requestInvoice(
        desk.ctx,
        clerk,
        toRequestInput(
          requestInvoiceInput.parse({
            receiptNos: [receiptNo],
            shopId,
            purchaseDate: '2026-11-23',
            amountYuan,
            kind: 'vat_ordinary',
            medium: 'electronic',
            buyerType: 'organisation',
            title: '福州星河贸易有限公司',
            taxpayerId: '91350100M000100Y43',
            email: 'finance@example.com',
            phone: '13700001111',
          }),
        ),
      );
    const issued = request('XP001', '88.00');
    const waiting = request('XP002', '1234.50');
    issueInvoice(desk.ctx, clerk, { id: issued.id, invoiceNo: '26352000000012345678' });

    const invoices = previewHandover(desk.ctx, clerk).sections.find((s) => s.key === 'handover.invoices.title');
    expect(invoices?.counts).toEqual([
      { key: 'handover.invoices.received', value: 2 },
      { key: 'handover.invoices.issued', value: 1 },
    ]);
    expect(invoices?.open[0]?.items).toEqual([
      {
        serial: waiting.serialNo,
        name: '福州星河贸易有限公司',
        phoneMasked: '137****1111',
        since: desk.clock.now(),
        note: '¥1,234.50',
      },
    ]);
  });
});

describe('the complaints section of the handover sheet', () => {
  it('hands over complaints due within 24 hours and overdue ones, not those due later', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const urgent = fileComplaint(desk, { urgency: 'very_urgent', customerName: '钱女士' }, clerk);
    fileComplaint(desk, { urgency: 'normal' }, clerk);
    const section = () => previewHandover(desk.ctx, clerk).sections.find((s) => s.key === 'handover.complaints.title');
    expect(section()?.counts).toEqual([
      { key: 'handover.complaints.received', value: 2 },
      { key: 'handover.complaints.closed', value: 0 },
    ]);
    expect(section()?.open[0]?.items).toEqual([
      { serial: urgent.serialNo, name: '钱女士', due: expect.any(Number), overdue: false },
    ]);
    desk.clock.advance(2 * DAY);
    expect(section()?.open[0]?.items.find((i) => i.serial === urgent.serialNo)?.overdue).toBe(true);
    expect(JSON.stringify(section())).not.toContain('13900001111');
  });
});
