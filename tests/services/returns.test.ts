import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import {
  checkReturn,
  exportReturns,
  listReturns,
  registerReturn,
  toRegisterInput,
  voidReturn,
} from '../../electron/services/returns';
import { getReturn } from '../../electron/services/returns/return-queries';
import { listItems, writeSetting } from '../../electron/services/settings';
import { checkReturnPolicy, type RegisterReturnInput, registerReturnInput } from '../../shared/contract/returns';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';

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
  returns: desk.ctx.sqlite.prepare('select count(*) from return_requests').pluck().get() as number,
});

const shopId = (desk: TestDesk) => (listItems(desk.ctx, 'shops', false)[0] as { id: string }).id;

// The test clock is 2026-11-24 10:00 in Shanghai.
const inPolicy: Omit<RegisterReturnInput, 'shopId'> = {
  kind: 'return',
  purchaseDate: '2026-11-10',
  qualityProblem: false,
  hasReceipt: true,
  receiptNo: 'XP2026110001',
  refundMethod: 'original',
  receiptMatches: true,
  packagingUnopened: true,
  pastShelfLife: false,
  customerName: '赵敏',
  phone: '13800138000',
  product: '保温杯',
  specification: '500ml 白色',
  quantity: 1,
  amountYuan: '129.00',
  reason: '不喜欢颜色',
};

function register(desk: TestDesk, input: Partial<RegisterReturnInput> = {}) {
  const parsed = registerReturnInput.parse({ ...inPolicy, shopId: shopId(desk), ...input });
  return registerReturn(desk.ctx, desk.clerkByRole('clerk'), toRegisterInput(parsed));
}

const facts = {
  kind: 'return' as const,
  daysSincePurchase: 30,
  qualityProblem: false,
  hasReceipt: true,
  receiptMatches: true,
  packagingUnopened: true,
  pastShelfLife: false,
};
const numbers = { returnDays: 30, exchangeDays: 60 };

describe('return policy', () => {
  it('accepts a return on day 30 and an exchange on day 60, not a day later', () => {
    expect(checkReturnPolicy(facts, numbers).meetsPolicy).toBe(true);
    expect(checkReturnPolicy({ ...facts, daysSincePurchase: 31 }, numbers).reasons).toEqual([
      'returns.policy.pastReturnDays',
    ]);
    expect(checkReturnPolicy({ ...facts, kind: 'exchange', daysSincePurchase: 60 }, numbers).meetsPolicy).toBe(true);
    expect(checkReturnPolicy({ ...facts, kind: 'exchange', daysSincePurchase: 61 }, numbers).reasons).toEqual([
      'returns.policy.pastExchangeDays',
    ]);
  });

  it('names every rule broken: no receipt, mismatch, shelf life, opened without a quality problem', () => {
    expect(checkReturnPolicy({ ...facts, hasReceipt: false }, numbers).reasons).toEqual(['returns.policy.noReceipt']);
    expect(checkReturnPolicy({ ...facts, receiptMatches: false }, numbers).reasons).toEqual([
      'returns.policy.receiptMismatch',
    ]);
    const many = checkReturnPolicy({ ...facts, pastShelfLife: true, packagingUnopened: false }, numbers);
    expect(many.reasons).toEqual(['returns.policy.pastShelfLife', 'returns.policy.openedWithoutQuality']);
    const quality = checkReturnPolicy({ ...facts, packagingUnopened: false, qualityProblem: true }, numbers);
    expect(quality).toMatchObject({
      meetsPolicy: true,
      reasons: ['returns.policy.withinDays', 'returns.policy.qualityAccepted'],
    });
  });

  it('reads the days from settings and counts days in the site time zone', async () => {
    const desk = await freshDesk();
    const input = { ...inPolicy, kind: 'return' as const, purchaseDate: '2026-10-20' };
    expect(checkReturn(desk.ctx, input)).toMatchObject({ meetsPolicy: false, daysSincePurchase: 35, limitDays: 30 });
    writeSetting(desk.ctx, null, 'policy', {
      returnDays: 40,
      exchangeDays: 60,
      storageOverdueDays: 30,
      visitorDataRetentionDays: 180,
    });
    expect(checkReturn(desk.ctx, input)).toMatchObject({ meetsPolicy: true, limitDays: 40 });
    expect(refusal(() => checkReturn(desk.ctx, { ...input, purchaseDate: '2026-11-25' })).field).toBe('purchaseDate');
  });
});

describe('returns and exchanges', () => {
  it('registers a return inside the policy with serial TH and the verdict', async () => {
    const desk = await freshDesk();
    const created = register(desk);
    expect(created.serialNo).toBe('TH-XH-20261124-0001');
    expect(created).toMatchObject({
      meetsPolicy: true,
      amountFen: 12900,
      priceDifferenceFen: 0,
      exceptionApprovedBy: null,
    });
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('outside the policy needs a supervisor with the right PIN and a reason; nothing written otherwise', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const lead = desk.clerkByRole('lead');
    const late = { kind: 'exchange' as const, purchaseDate: '2026-09-01', refundMethod: null };
    expect(refusal(() => register(desk, late)).messageKey).toBe('errors.policyExceptionNeedsApproval');
    const asLead = { approverId: lead.clerkId, pin: demoPin('lead'), reason: '老顾客' };
    expect(refusal(() => register(desk, { ...late, approval: asLead })).messageKey).toBe('errors.approverRole');
    const wrongPin = { approverId: supervisor.clerkId, pin: '9999', reason: '老顾客' };
    expect(refusal(() => register(desk, { ...late, approval: wrongPin })).messageKey).toBe('errors.wrongPin');
    expect(counts(desk).returns).toBe(0);
    const ok = { approverId: supervisor.clerkId, pin: demoPin('supervisor'), reason: '老顾客，商场让利' };
    const created = register(desk, { ...late, approval: ok, newProduct: '保温杯 750ml', newAmountYuan: '159.50' });
    expect(created).toMatchObject({
      meetsPolicy: false,
      policyReasons: ['returns.policy.pastExchangeDays'],
      exceptionApprovedBy: supervisor.clerkId,
      exceptionReason: '老顾客，商场让利',
      newAmountFen: 15950,
      priceDifferenceFen: 3050,
    });
  });

  it('an exchange for a cheaper product refunds the difference', async () => {
    const desk = await freshDesk();
    const created = register(desk, { kind: 'exchange', newProduct: '保温杯 350ml', newAmountYuan: '99.90' });
    expect(created.priceDifferenceFen).toBe(-2910);
  });

  it('refuses bad input at the field', async () => {
    const desk = await freshDesk();
    const parse = (input: Partial<RegisterReturnInput>) =>
      registerReturnInput.safeParse({ ...inPolicy, shopId: shopId(desk), ...input });
    const pathOf = (input: Partial<RegisterReturnInput>) => {
      const result = parse(input);
      return result.success ? null : result.error.issues[0]?.path.join('.');
    };
    expect(pathOf({ amountYuan: '0' })).toBe('amountYuan');
    expect(pathOf({ quantity: 0 })).toBe('quantity');
    expect(pathOf({ customerName: '' })).toBe('customerName');
    expect(pathOf({ newProduct: 'x', newAmountYuan: '1' })).toBe('newProduct');
    expect(pathOf({ kind: 'exchange', newProduct: '杯子' })).toBe('newAmountYuan');
    expect(pathOf({ phone: '12345' })).toBe('phone');
    expect(refusal(() => register(desk, { purchaseDate: '2026-12-01' })).field).toBe('purchaseDate');
    expect(counts(desk).returns).toBe(0);
  });

  it('voids with a lead and a reason; the summary filters, totals and exports', async () => {
    const desk = await freshDesk();
    const a = register(desk);
    register(desk, {
      kind: 'exchange',
      newProduct: '保温杯 750ml',
      newAmountYuan: '130.01',
      customerName: '钱多多',
      refundMethod: null,
    });
    expect(refusal(() => voidReturn(desk.ctx, desk.clerkByRole('clerk'), { id: a.id, reason: '录错' })).code).toBe(
      'forbidden',
    );
    voidReturn(desk.ctx, desk.clerkByRole('lead'), { id: a.id, reason: '录错' });
    const filter = {
      from: null,
      to: null,
      kind: null,
      shopId: null,
      pendingOnly: false,
      text: '',
      includeVoided: true,
      limit: 200,
    };
    const all = listReturns(desk.ctx, filter);
    expect(all.rows).toHaveLength(2);
    expect(all.refundFen).toBe(0);
    expect(all.differenceFen).toBe(101);
    expect(listReturns(desk.ctx, { ...filter, kind: 'exchange' }).rows).toHaveLength(1);
    expect(listReturns(desk.ctx, { ...filter, text: '钱多' }).rows).toHaveLength(1);
    const file = await exportReturns(desk.ctx, filter);
    expect(file.rowCount).toBe(2);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.getWorksheet('退换货汇总表')?.getRow(1).getCell(4).value).toBe('顾客姓名');
  });
});

describe('a voided return in its panel', () => {
  it('names the reason, when and the lead who voided it, and its refund leaves the totals', async () => {
    const desk = await freshDesk();
    const a = register(desk);
    const lead = desk.clerkByRole('lead');
    const filter = {
      from: null,
      to: null,
      kind: null,
      shopId: null,
      pendingOnly: false,
      text: '',
      includeVoided: true,
      limit: 200,
    };
    const before = listReturns(desk.ctx, filter).refundFen;
    expect(before).toBeGreaterThan(0);
    expect(getReturn(desk.ctx, a.id)).toMatchObject({ voidedAt: null, voidedByName: null });
    voidReturn(desk.ctx, lead, { id: a.id, reason: '录错顾客' });
    const leadName = desk.ctx.sqlite.prepare('select name from clerks where id = ?').pluck().get(lead.clerkId);
    expect(getReturn(desk.ctx, a.id)).toMatchObject({
      voidedAt: desk.clock.now(),
      voidReason: '录错顾客',
      voidedByName: leadName,
    });
    expect(listReturns(desk.ctx, filter).refundFen).toBe(0);
  });
});
