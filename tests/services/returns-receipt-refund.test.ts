import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/services/errors';
import { exportReturns, listReturns, registerReturn, toRegisterInput } from '../../electron/services/returns';
import { returnPrinted } from '../../electron/services/returns/returns';
import { listItems } from '../../electron/services/settings';
import { type RegisterReturnInput, registerReturnInput } from '../../shared/contract/returns';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';

// 小票号 and 退款方式 (migration 0047), and who pays an exchange's difference. The test clock is 2026-11-24 in Shanghai.

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const shopId = (desk: TestDesk) => (listItems(desk.ctx, 'shops', false)[0] as { id: string }).id;
const count = (desk: TestDesk) =>
  desk.ctx.sqlite.prepare('select count(*) from return_requests').pluck().get() as number;

const base: Omit<RegisterReturnInput, 'shopId'> = {
  kind: 'return',
  purchaseDate: '2026-11-20',
  qualityProblem: false,
  hasReceipt: true,
  receiptNo: 'xp-20261120-0088',
  refundMethod: 'cash',
  receiptMatches: true,
  packagingUnopened: true,
  pastShelfLife: false,
  customerName: '赵敏',
  phone: '13800138000',
  product: '保温杯',
  quantity: 1,
  amountYuan: '129.00',
  reason: '不喜欢颜色',
};

const parse = (desk: TestDesk, input: Partial<RegisterReturnInput>) =>
  registerReturnInput.parse({ ...base, shopId: shopId(desk), ...input });
const register = (desk: TestDesk, input: Partial<RegisterReturnInput> = {}) =>
  registerReturn(desk.ctx, desk.clerkByRole('clerk'), toRegisterInput(parse(desk, input)));
/** Straight to the service, past the contract, as a caller that skipped it would. */
const registerRaw = (desk: TestDesk, input: Partial<ReturnType<typeof parse>>) =>
  registerReturn(desk.ctx, desk.clerkByRole('clerk'), toRegisterInput({ ...parse(desk, {}), ...input }));
const issuePath = (desk: TestDesk, input: Partial<RegisterReturnInput>) => {
  const result = registerReturnInput.safeParse({ ...base, shopId: shopId(desk), ...input });
  return result.success ? null : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('returns: receipt number and refund method', () => {
  it('keeps the receipt number (upper case) and the refund method, audited, found by the receipt number', async () => {
    const desk = await freshDesk();
    const created = register(desk);
    expect(created).toMatchObject({ receiptNo: 'XP-20261120-0088', refundMethod: 'cash', differencePayer: null });
    const changes = desk.ctx.sqlite
      .prepare("select changes from audit_log where entity = 'returnRequests' and action = 'create'")
      .pluck()
      .get() as string;
    expect(JSON.parse(changes)).toMatchObject({ receiptNo: 'XP-20261120-0088', refundMethod: 'cash' });
    register(desk, { receiptNo: 'XP-0000-1111', customerName: '钱多多' });
    const filter = {
      from: null,
      to: null,
      kind: null,
      shopId: null,
      pendingOnly: false,
      text: '20261120-0088',
      includeVoided: true,
      limit: 200,
    };
    expect(listReturns(desk.ctx, filter).rows.map((r) => r.customerName)).toEqual(['赵敏']);
  });

  it('a receipt without its number is refused at the receipt number, by the contract and by the service', async () => {
    const desk = await freshDesk();
    expect(issuePath(desk, { receiptNo: '' })).toEqual(['receiptNo:errors.returnReceiptNoRequired']);
    expect(issuePath(desk, { receiptNo: '小票' })).toEqual(['receiptNo:errors.receiptNoFormat']);
    const refused = refusal(() => registerRaw(desk, { receiptNo: '' }));
    expect(refused).toMatchObject({ messageKey: 'errors.returnReceiptNoRequired', field: 'receiptNo' });
    expect(count(desk)).toBe(0);
  });

  it('no receipt needs no number (the policy then asks a supervisor)', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const created = register(desk, {
      hasReceipt: false,
      receiptNo: '',
      approval: { approverId: supervisor.clerkId, pin: demoPin('supervisor'), reason: '会员记录可查' },
    });
    expect(created).toMatchObject({ receiptNo: '', meetsPolicy: false, policyReasons: ['returns.policy.noReceipt'] });
  });

  it('money going back needs a refund method; none going back refuses one', async () => {
    const desk = await freshDesk();
    expect(issuePath(desk, { refundMethod: null })).toEqual(['refundMethod:errors.refundMethodRequired']);
    const cheaper = { kind: 'exchange' as const, newProduct: '保温杯 350ml', newAmountYuan: '99.90' };
    expect(issuePath(desk, { ...cheaper, refundMethod: null })).toEqual(['refundMethod:errors.refundMethodRequired']);
    const dearer = { kind: 'exchange' as const, newProduct: '保温杯 750ml', newAmountYuan: '159.50' };
    expect(issuePath(desk, { ...dearer, refundMethod: 'original' })).toEqual([
      'refundMethod:errors.refundMethodNotApplicable',
    ]);
    expect(issuePath(desk, { kind: 'exchange', refundMethod: 'cash' })).toEqual([
      'refundMethod:errors.refundMethodNotApplicable',
    ]);
    expect(refusal(() => registerRaw(desk, { refundMethod: null }))).toMatchObject({
      messageKey: 'errors.refundMethodRequired',
      field: 'refundMethod',
    });
    expect(
      refusal(() =>
        registerRaw(desk, { kind: 'exchange', newProduct: '保温杯 750ml', newAmountYuan: 15950, refundMethod: 'cash' }),
      ),
    ).toMatchObject({ messageKey: 'errors.refundMethodNotApplicable', field: 'refundMethod' });
    expect(count(desk)).toBe(0);
  });

  it('says who pays the difference: the customer for a dearer product, refunded for a cheaper one', async () => {
    const desk = await freshDesk();
    const dearer = register(desk, {
      kind: 'exchange',
      newProduct: '保温杯 750ml',
      newAmountYuan: '159.50',
      refundMethod: null,
    });
    expect(dearer).toMatchObject({ priceDifferenceFen: 3050, differencePayer: 'customer', refundMethod: null });
    const cheaper = register(desk, {
      kind: 'exchange',
      newProduct: '保温杯 350ml',
      newAmountYuan: '99.90',
      refundMethod: 'original',
    });
    expect(cheaper).toMatchObject({ priceDifferenceFen: -2910, differencePayer: 'desk', refundMethod: 'original' });
    const same = register(desk, { kind: 'exchange', refundMethod: null });
    expect(same).toMatchObject({ priceDifferenceFen: 0, differencePayer: null });

    const file = await exportReturns(desk.ctx, {
      from: null,
      to: null,
      kind: null,
      shopId: null,
      pendingOnly: false,
      text: '',
      includeVoided: true,
      limit: 200,
    });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('退换货汇总表');
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    // Rows oldest first: dearer, cheaper, same.
    const cell = (row: number, name: string) => sheet?.getRow(row).getCell(col(name)).value;
    expect([cell(2, '小票号'), cell(2, '差价由谁付'), cell(2, '退款方式')]).toEqual(['XP-20261120-0088', '顾客补', '']);
    expect([cell(3, '差价由谁付'), cell(3, '退款方式')]).toEqual(['退顾客', '原路退回']);
    expect(cell(4, '差价由谁付')).toBe('');
  });

  it('a printed 退换货单 is audited; the second print is a reprint', async () => {
    const desk = await freshDesk();
    const created = register(desk);
    const clerk = desk.clerkByRole('clerk');
    expect(returnPrinted(desk.ctx, clerk, created.id)).toEqual({ reprint: false });
    expect(returnPrinted(desk.ctx, clerk, created.id)).toEqual({ reprint: true });
    const notes = desk.ctx.sqlite
      .prepare("select note from audit_log where entity = 'returnRequests' and entity_id = ? and action = 'event'")
      .pluck()
      .all(created.id);
    expect(notes).toEqual(['printed', 'reprinted']);
  });
});
