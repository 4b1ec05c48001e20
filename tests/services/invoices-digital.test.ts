import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import { getInvoice, issueInvoice, requestInvoice, toRequestInput } from '../../electron/services/invoices';
import { listItems } from '../../electron/services/settings';
import {
  invoiceNumberProblem,
  issueInvoiceInput,
  type RequestInvoiceInput,
  requestInvoiceInput,
} from '../../shared/contract/invoices';
import { parseMessage } from '../../shared/errors';
import { freshDesk, type TestDesk } from '../helpers/db';

/** Invoices as they are issued today: 数电票 numbers, bank and address only on a special invoice, a real phone. */

const DIGITAL_NO = '26352000000012345678';
const PAPER_CODE = '035001900111';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function shopId(desk: TestDesk): string {
  const shop = listItems(desk.ctx, 'shops', false)[0];
  if (!shop) throw new Error('demo shops missing');
  return shop.id;
}

function base(shop: string): RequestInvoiceInput {
  return {
    receiptNos: ['XP20261124001'],
    shopId: shop,
    purchaseDate: '2026-11-23',
    amountYuan: '88',
    kind: 'vat_ordinary',
    medium: 'electronic',
    buyerType: 'organisation',
    title: '福州星河贸易有限公司',
    taxpayerId: '91350100M000100Y43',
    email: 'finance@example.com',
  };
}

const special = {
  kind: 'vat_special',
  address: '福州市鼓楼区1号',
  phone: '0591-87654321',
  bank: '工商银行福州分行',
  account: '1402020109000012345',
} as const;

function request(desk: TestDesk, input: Partial<RequestInvoiceInput> = {}) {
  const parsed = requestInvoiceInput.parse({ ...base(shopId(desk)), ...input });
  return requestInvoice(desk.ctx, desk.clerkByRole('clerk'), toRequestInput(parsed));
}

const refusedAt = (shop: string, input: Partial<RequestInvoiceInput>) => {
  const result = requestInvoiceInput.safeParse({ ...base(shop), ...input });
  if (result.success) throw new Error('expected a refusal');
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.join('.')] ??= parseMessage(issue.message).key;
  return out;
};

const rows = (desk: TestDesk) => ({
  audit: desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number,
  issued: desk.ctx.sqlite.prepare("select count(*) from invoice_requests where status = 'issued'").pluck().get(),
});

describe('issuing: a 数电票 has a 20-digit number and no code, paper keeps code and number', () => {
  it('the rule by medium, with the field and reason', () => {
    expect(invoiceNumberProblem('electronic', '', DIGITAL_NO)).toBeNull();
    expect(invoiceNumberProblem('electronic', PAPER_CODE, '00012345')).toEqual({
      field: 'invoiceCode',
      messageKey: 'errors.digitalInvoiceHasNoCode',
    });
    expect(invoiceNumberProblem('electronic', '', '00012345')?.messageKey).toBe('errors.digitalInvoiceNoFormat');
    expect(invoiceNumberProblem('electronic', '', `${DIGITAL_NO}9`)?.field).toBe('invoiceNo');
    expect(invoiceNumberProblem('paper', PAPER_CODE, '00012345')).toBeNull();
    expect(invoiceNumberProblem('paper', '0350019001', '00012345')).toBeNull();
    expect(invoiceNumberProblem('paper', '', '00012345')?.messageKey).toBe('errors.invoiceCodeFormat');
    expect(invoiceNumberProblem('paper', '03500190011', '00012345')?.field).toBe('invoiceCode');
    expect(invoiceNumberProblem('paper', PAPER_CODE, DIGITAL_NO)?.messageKey).toBe('errors.paperInvoiceNoFormat');
  });

  it('the contract takes an issue without a code and refuses shapes no invoice has', () => {
    const id = '0192a000-0000-7000-8000-000000000000';
    expect(issueInvoiceInput.parse({ id, version: 1, invoiceNo: ` ${DIGITAL_NO} ` })).toEqual({
      id,
      version: 1,
      invoiceCode: '',
      invoiceNo: DIGITAL_NO,
    });
    expect(issueInvoiceInput.safeParse({ id, version: 1, invoiceNo: '123456789' }).success).toBe(false);
    expect(
      issueInvoiceInput.safeParse({ id, version: 1, invoiceCode: '03500190011', invoiceNo: '00012345' }).success,
    ).toBe(false);
  });

  it('an electronic request is issued with its 20-digit number and no code; a code is refused, nothing written', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const created = request(desk);
    const before = rows(desk);
    const withCode = refusal(() =>
      issueInvoice(desk.ctx, clerk, { id: created.id, invoiceCode: PAPER_CODE, invoiceNo: '00012345' }),
    );
    expect([withCode.field, withCode.messageKey]).toEqual(['invoiceCode', 'errors.digitalInvoiceHasNoCode']);
    const short = refusal(() => issueInvoice(desk.ctx, clerk, { id: created.id, invoiceNo: '00012345' }));
    expect([short.field, short.messageKey]).toEqual(['invoiceNo', 'errors.digitalInvoiceNoFormat']);
    expect(rows(desk)).toEqual(before);
    const issued = issueInvoice(desk.ctx, clerk, { id: created.id, invoiceCode: '', invoiceNo: DIGITAL_NO });
    expect(issued).toMatchObject({ status: 'issued', invoiceCode: null, invoiceNo: DIGITAL_NO });
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('a paper request needs its code and an 8-digit number', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const created = request(desk, { medium: 'paper', email: '' });
    expect(refusal(() => issueInvoice(desk.ctx, clerk, { id: created.id, invoiceNo: DIGITAL_NO })).field).toBe(
      'invoiceCode',
    );
    expect(
      refusal(() => issueInvoice(desk.ctx, clerk, { id: created.id, invoiceCode: PAPER_CODE, invoiceNo: DIGITAL_NO }))
        .messageKey,
    ).toBe('errors.paperInvoiceNoFormat');
    const issued = issueInvoice(desk.ctx, clerk, { id: created.id, invoiceCode: PAPER_CODE, invoiceNo: '00012345' });
    expect(issued).toMatchObject({ status: 'issued', invoiceCode: PAPER_CODE, invoiceNo: '00012345' });
  });

  it('the database itself refuses numbers that do not fit the medium', async () => {
    const desk = await freshDesk();
    const electronic = request(desk);
    const paper = request(desk, { receiptNos: ['XP2'], medium: 'paper', email: '' });
    const issue = (id: string, code: string | null, no: string) =>
      desk.ctx.sqlite
        .prepare("update invoice_requests set status = 'issued', invoice_code = ?, invoice_no = ? where id = ?")
        .run(code, no, id);
    expect(() => issue(electronic.id, PAPER_CODE, '00012345')).toThrow(/invoice_requests_issue_numbers/);
    expect(() => issue(electronic.id, null, '2635200000001234567X')).toThrow(/invoice_requests_issue_numbers/);
    expect(() => issue(paper.id, null, DIGITAL_NO)).toThrow(/invoice_requests_issue_numbers/);
    expect(() => issue(paper.id, PAPER_CODE, '0001234')).toThrow(/invoice_requests_issue_numbers/);
    expect(getInvoice(desk.ctx, electronic.id).status).toBe('requested');
    issue(electronic.id, null, DIGITAL_NO);
    issue(paper.id, PAPER_CODE, '00012345');
    expect(getInvoice(desk.ctx, paper.id).status).toBe('issued');
  });
});

describe('buyer fields: bank and address only on a special invoice, the phone a real one', () => {
  it('an ordinary invoice refuses an address, bank or account; a special one needs them', async () => {
    const desk = await freshDesk();
    const shop = shopId(desk);
    const ordinary = refusedAt(shop, { address: '福州市鼓楼区1号', bank: '工商银行', account: '1402' });
    for (const field of ['address', 'bank', 'account']) expect(ordinary[field]).toBe('errors.onlyForSpecial');
    const missing = refusedAt(shop, { kind: 'vat_special' });
    for (const field of ['address', 'phone', 'bank', 'account'])
      expect(missing[field]).toBe('errors.requiredForSpecial');
    expect(refusedAt(shop, { ...special, buyerType: 'person', taxpayerId: '' }).buyerType).toBe(
      'errors.specialNeedsOrganisation',
    );
    expect(request(desk, special)).toMatchObject({ kind: 'vat_special', bank: '工商银行福州分行' });
  });

  it('the service refuses the same when a caller skips the contract, writing nothing', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const good = toRequestInput(requestInvoiceInput.parse(base(shopId(desk))));
    const before = rows(desk);
    const bank = refusal(() => requestInvoice(desk.ctx, clerk, { ...good, bank: '工商银行' }));
    expect([bank.field, bank.messageKey]).toEqual(['bank', 'errors.onlyForSpecial']);
    const noBank = refusal(() => requestInvoice(desk.ctx, clerk, { ...good, ...special, bank: '' }));
    expect([noBank.field, noBank.messageKey]).toEqual(['bank', 'errors.requiredForSpecial']);
    const person = refusal(() =>
      requestInvoice(desk.ctx, clerk, { ...good, ...special, buyerType: 'person', taxpayerId: '' }),
    );
    expect(person.messageKey).toBe('errors.specialNeedsOrganisation');
    expect(refusal(() => requestInvoice(desk.ctx, clerk, { ...good, phone: '138001380000' })).field).toBe('phone');
    expect(refusal(() => requestInvoice(desk.ctx, clerk, { ...good, phone: '138 0013 8000' })).messageKey).toBe(
      'errors.phoneFormat',
    );
    expect(rows(desk)).toEqual(before);
  });

  it('the database itself refuses an ordinary invoice with bank details, and a change that adds them', async () => {
    const desk = await freshDesk();
    const created = request(desk);
    const row = desk.ctx.sqlite.prepare('select * from invoice_requests where id = ?').get(created.id) as Record<
      string,
      unknown
    >;
    const copy = { ...row, id: 'x', serial_no: 'FP-X', bank: '工商银行' };
    const columns = Object.keys(copy);
    expect(() =>
      desk.ctx.sqlite
        .prepare(
          `insert into invoice_requests (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
        )
        .run(copy),
    ).toThrow(/invoice_requests_special_only/);
    expect(() =>
      desk.ctx.sqlite.prepare("update invoice_requests set address = '福州' where id = ?").run(created.id),
    ).toThrow(/invoice_requests_special_only/);
    const specialOne = request(desk, { ...special, receiptNos: ['XP3'] });
    expect(() =>
      desk.ctx.sqlite.prepare("update invoice_requests set kind = 'vat_ordinary' where id = ?").run(specialOne.id),
    ).toThrow(/invoice_requests_special_only/);
  });

  it('a buyer phone typed any way is stored in its one canonical form; a wrong number is refused at the field', async () => {
    const desk = await freshDesk();
    const shop = shopId(desk);
    expect(refusedAt(shop, { phone: '138001380000' }).phone).toBe('errors.phoneMobileLength');
    expect(refusedAt(shop, { phone: '12345678901' }).phone).toBe('errors.phoneMobilePrefix');
    expect(refusedAt(shop, { phone: '138abc' }).phone).toBe('errors.phoneCharacters');
    expect(request(desk, { phone: '+86 138 0013 8000' }).phone).toBe('13800138000');
    expect(request(desk, { ...special, receiptNos: ['XP4'], phone: '(0591) 8765 4321' }).phone).toBe('0591-87654321');
  });
});
