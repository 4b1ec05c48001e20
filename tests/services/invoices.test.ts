import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import {
  deliverInvoice,
  exportInvoices,
  getInvoice,
  invoiceDailyTotals,
  invoicesHandoverSummary,
  issueInvoice,
  listInvoices,
  rememberedBuyers,
  requestInvoice,
  toRequestInput,
  voidInvoice,
} from '../../electron/services/invoices';
import { listItems } from '../../electron/services/settings';
import { type RequestInvoiceInput, requestInvoiceInput } from '../../shared/contract/invoices';
import { freshDesk, type TestDesk } from '../helpers/db';

const VALID_CODE = '91350100M000100Y43';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const counts = (desk: TestDesk) => ({
  requests: desk.ctx.sqlite.prepare('select count(*) from invoice_requests').pluck().get() as number,
  receipts: desk.ctx.sqlite.prepare('select count(*) from invoice_receipts').pluck().get() as number,
  audit: desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number,
});

function shopId(desk: TestDesk, index = 0): string {
  const shop = listItems(desk.ctx, 'shops', false)[index];
  if (!shop) throw new Error('demo shops missing');
  return shop.id;
}

const SOME_ID = '0192a000-0000-7000-8000-000000000000';

function base(shop: string = SOME_ID): RequestInvoiceInput {
  return {
    receiptNos: ['XP20261124001'],
    shopId: shop,
    purchaseDate: '2026-11-23',
    amountYuan: '1234.50',
    kind: 'vat_ordinary',
    medium: 'electronic',
    buyerType: 'organisation',
    title: '福州星河贸易有限公司',
    taxpayerId: VALID_CODE,
    email: 'finance@example.com',
  };
}

function request(desk: TestDesk, input: Partial<RequestInvoiceInput> = {}) {
  const parsed = requestInvoiceInput.parse({ ...base(shopId(desk)), ...input });
  return requestInvoice(desk.ctx, desk.clerkByRole('clerk'), toRequestInput(parsed));
}

describe('invoice requests', () => {
  it('records a request with its receipts, serial FP, fen amount and audit', async () => {
    const desk = await freshDesk();
    const created = request(desk, { receiptNos: ['xp001', 'XP002'] });
    expect(created.serialNo).toBe('FP-XH-20261124-0001');
    expect(created.amountFen).toBe(123450);
    expect(created.receiptNos).toEqual(['XP001', 'XP002']);
    expect(created.status).toBe('requested');
    expect(counts(desk).receipts).toBe(2);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('refuses a receipt invoiced before, naming the earlier request and its date; nothing is written', async () => {
    const desk = await freshDesk();
    const first = request(desk, { receiptNos: ['XP001'] });
    desk.clock.advance(86_400_000);
    const before = counts(desk);
    const error = refusal(() => request(desk, { receiptNos: ['XP009', 'xp001'] }));
    expect(error.messageKey).toBe('errors.receiptAlreadyInvoiced');
    expect(error.field).toBe('receiptNos');
    expect(error.params).toEqual({ receiptNo: 'XP001', serialNo: first.serialNo, date: '2026-11-24' });
    expect(counts(desk)).toEqual(before);
  });

  it('the database itself refuses a second live row for one receipt', async () => {
    const desk = await freshDesk();
    const first = request(desk);
    expect(() =>
      desk.ctx.sqlite
        .prepare(
          "insert into invoice_receipts (id, request_id, receipt_no, created_at, updated_at) values ('x', ?, 'XP20261124001', 0, 0)",
        )
        .run(first.id),
    ).toThrow(/UNIQUE/);
  });

  it('service refuses what the contract refuses, writing nothing', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const good = toRequestInput(requestInvoiceInput.parse({ ...base(shopId(desk)) }));
    const before = counts(desk);
    expect(
      refusal(() => requestInvoice(desk.ctx, clerk, { ...good, taxpayerId: '91350100M000100Y44' })).messageKey,
    ).toBe('errors.creditCodeCheck');
    expect(refusal(() => requestInvoice(desk.ctx, clerk, { ...good, amountFen: 0 })).field).toBe('amountYuan');
    expect(refusal(() => requestInvoice(desk.ctx, clerk, { ...good, amountFen: -100 })).messageKey).toBe(
      'errors.amountPositive',
    );
    expect(refusal(() => requestInvoice(desk.ctx, clerk, { ...good, email: '' })).field).toBe('email');
    expect(refusal(() => requestInvoice(desk.ctx, clerk, { ...good, purchaseDate: '2026-11-25' })).messageKey).toBe(
      'errors.futureDate',
    );
    expect(refusal(() => requestInvoice(desk.ctx, clerk, { ...good, shopId: SOME_ID })).field).toBe('shopId');
    expect(counts(desk)).toEqual(before);
  });

  it('goes requested → issued → delivered and refuses every other transition', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const created = request(desk);
    expect(refusal(() => deliverInvoice(desk.ctx, clerk, { id: created.id, method: 'emailed' })).messageKey).toBe(
      'errors.invoiceTransition',
    );
    expect(
      refusal(() => issueInvoice(desk.ctx, clerk, { id: created.id, invoiceCode: '12', invoiceNo: '00012345' })).field,
    ).toBe('invoiceCode');
    const issued = issueInvoice(desk.ctx, clerk, { id: created.id, invoiceNo: '26352000000012345678' });
    expect(issued.status).toBe('issued');
    expect(
      refusal(() => issueInvoice(desk.ctx, clerk, { id: created.id, invoiceNo: '26352000000012345679' })).messageKey,
    ).toBe('errors.invoiceTransition');
    const delivered = deliverInvoice(desk.ctx, clerk, { id: created.id, method: 'emailed' });
    expect(delivered.status).toBe('delivered');
    expect(delivered.deliveryMethod).toBe('emailed');
    expect(refusal(() => deliverInvoice(desk.ctx, clerk, { id: created.id, method: 'handed' })).messageKey).toBe(
      'errors.invoiceTransition',
    );
  });

  it('voiding (红冲) needs a lead and a reason, and frees the receipts', async () => {
    const desk = await freshDesk();
    const created = request(desk);
    expect(
      refusal(() => voidInvoice(desk.ctx, desk.clerkByRole('clerk'), { id: created.id, reason: '开错' })).code,
    ).toBe('forbidden');
    expect(refusal(() => voidInvoice(desk.ctx, desk.clerkByRole('lead'), { id: created.id, reason: ' ' })).field).toBe(
      'reason',
    );
    const voided = voidInvoice(desk.ctx, desk.clerkByRole('lead'), { id: created.id, reason: '抬头错误' });
    expect(voided.status).toBe('voided');
    expect(voided.voidReason).toBe('抬头错误');
    expect(
      refusal(() => voidInvoice(desk.ctx, desk.clerkByRole('lead'), { id: created.id, reason: 'x' })).messageKey,
    ).toBe('errors.invoiceTransition');
    expect(
      refusal(() =>
        issueInvoice(desk.ctx, desk.clerkByRole('clerk'), {
          id: created.id,
          invoiceCode: '035001900111',
          invoiceNo: '00012345',
        }),
      ).messageKey,
    ).toBe('errors.invoiceTransition');
    const again = request(desk);
    expect(again.receiptNos).toEqual(created.receiptNos);
    expect(getInvoice(desk.ctx, created.id).status).toBe('voided');
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('remembers buyers by title or taxpayer ID', async () => {
    const desk = await freshDesk();
    request(desk, {
      kind: 'vat_special',
      address: '福州市鼓楼区1号',
      phone: '0591-87654321',
      bank: '工商银行福州分行',
      account: '1402020109000012345',
    });
    const found = rememberedBuyers(desk.ctx, '星河贸易');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ taxpayerId: VALID_CODE, bank: '工商银行福州分行', email: 'finance@example.com' });
    expect(rememberedBuyers(desk.ctx, '91350100m0')).toHaveLength(1);
    expect(rememberedBuyers(desk.ctx, '没有')).toHaveLength(0);
  });

  it('lists, totals by day, shop and kind to the fen, hands over open ones and exports xlsx', async () => {
    const desk = await freshDesk();
    const a = request(desk, { receiptNos: ['A001'], amountYuan: '0.10' });
    request(desk, { receiptNos: ['A002'], amountYuan: '0.20' });
    request(desk, { receiptNos: ['A003'], amountYuan: '5', shopId: shopId(desk, 1), medium: 'paper', email: '' });
    const voided = request(desk, { receiptNos: ['A004'], amountYuan: '100' });
    voidInvoice(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '重复' });
    issueInvoice(desk.ctx, desk.clerkByRole('clerk'), { id: a.id, invoiceNo: '26352000000000000001' });
    const from = desk.clock.now() - 3_600_000;
    const to = desk.clock.now() + 3_600_000;
    const totals = invoiceDailyTotals(desk.ctx, from, to);
    expect(totals.amountFen).toBe(530);
    expect(totals.count).toBe(3);
    expect(totals.rows.find((r) => r.shopId === shopId(desk) && r.medium === 'electronic')?.amountFen).toBe(30);
    const handover = invoicesHandoverSummary(desk.ctx, desk.clock.now());
    expect(handover.count).toBe(2);
    expect(handover.amountFen).toBe(520);
    expect(
      listInvoices(desk.ctx, {
        from: null,
        to: null,
        status: 'requested',
        shopId: null,
        text: '',
        cursor: null,
        limit: 50,
      }).rows,
    ).toHaveLength(2);
    expect(
      listInvoices(desk.ctx, {
        from: null,
        to: null,
        status: null,
        shopId: null,
        text: 'a003',
        cursor: null,
        limit: 50,
      }).rows,
    ).toHaveLength(1);
    const file = await exportInvoices(desk.ctx, from, to);
    expect(file.rowCount).toBe(4);
    expect(file.fileName).toMatch(/\.xlsx$/);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('开票申请');
    expect(sheet?.getRow(1).getCell(11).value).toBe('纳税人识别号');
    expect(sheet?.getRow(6).getCell(6).value).toBe(5.3);
  });
});
