import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  getLoan,
  lend,
  listLoanItems,
  listLoans,
  loansAttention,
  returnLoan,
  saveKind,
  saveLoanItem,
  voidLoan,
} from '../../electron/services/loans';
import { loansSection } from '../../electron/services/loans/handover-section';
import { loansReport } from '../../electron/services/loans/report-section';
import { searchRecords } from '../../electron/services/search/query';
import {
  type LendInput,
  lendInput,
  listLoansInput,
  loanItemInput,
  loanKindInput,
  overdueFeeFen,
  returnInput,
} from '../../shared/contract/loans';
import { freshDesk, type TestDesk } from '../helpers/db';
import { count, DAY, HOUR, refusal } from '../helpers/storage';

/** Umbrellas: ¥30 deposit, 7 days, ¥1 a day after; two numbered umbrellas. */
function umbrellas(desk: TestDesk) {
  const supervisor = desk.clerkByRole('supervisor');
  const kind = saveKind(
    desk.ctx,
    supervisor,
    loanKindInput.parse({ name: '雨伞', deposit: '30', loanDays: 7, overdueFee: '1' }),
  );
  const first = saveLoanItem(desk.ctx, supervisor, loanItemInput.parse({ kindId: kind.id, code: 'ys-01' }));
  const second = saveLoanItem(desk.ctx, supervisor, loanItemInput.parse({ kindId: kind.id, code: 'YS-02' }));
  return { kind, first, second };
}

const borrow = (itemId: string, extra: Partial<LendInput> = {}): LendInput => ({
  itemId,
  borrowerName: '赵敏',
  phone: '13912345678',
  guarantee: 'deposit',
  ...extra,
});

const lendAs = (desk: TestDesk, input: LendInput) => lend(desk.ctx, desk.clerkByRole('clerk'), lendInput.parse(input));

describe('loan items', () => {
  it('keeps kinds with deposit and fee in fen and numbered items; refuses a second item of the same number', async () => {
    const desk = await freshDesk();
    const { kind, first } = umbrellas(desk);
    expect(kind).toMatchObject({ depositFen: 3000, overdueFeePerDayFen: 100, loanDays: 7, items: 0 });
    expect(first.code).toBe('YS-01');
    const supervisor = desk.clerkByRole('supervisor');
    const again = refusal(() =>
      saveLoanItem(desk.ctx, supervisor, loanItemInput.parse({ kindId: kind.id, code: 'YS-01' })),
    );
    expect(again).toMatchObject({ messageKey: 'errors.loanItemCodeTaken', field: 'code' });
    expect(
      loanKindInput.safeParse({ name: '伞', deposit: '3.005', loanDays: 1, overdueFee: '' }).error?.issues[0],
    ).toMatchObject({ path: ['deposit'] });
    expect(listLoanItems(desk.ctx, false)).toHaveLength(2);
  });
});

describe('lending', () => {
  it('lends against the deposit, due after the kind’s days, audited, searchable, and the item is out', async () => {
    const desk = await freshDesk();
    const { first } = umbrellas(desk);
    const loan = lendAs(desk, borrow(first.id));
    expect(loan).toMatchObject({ serialNo: 'JY-XH-20261124-0001', depositFen: 3000, state: 'out', itemCode: 'YS-01' });
    expect(loan.dueAt).toBe(desk.clock.now() + 7 * DAY);
    expect(auditHistory(desk.ctx.sqlite, 'loans', loan.id)[0]?.action).toBe('create');
    expect(searchRecords(desk.ctx.sqlite, '5678', 10).map((h) => h.entityId)).toContain(loan.id);
    expect(searchRecords(desk.ctx.sqlite, 'zm', 10).map((h) => h.entityId)).toContain(loan.id);
    expect(listLoanItems(desk.ctx, false).find((i) => i.id === first.id)?.outSerial).toBe(loan.serialNo);
    const twice = refusal(() => lendAs(desk, borrow(first.id)));
    expect(twice).toMatchObject({ messageKey: 'errors.loanItemOut', field: 'itemId' });
    expect(count(desk, 'loans')).toBe(1);
  });

  it('lends against an ID instead: checked by its type, stored masked, no deposit', async () => {
    const desk = await freshDesk();
    const { first } = umbrellas(desk);
    const bad = lendInput.safeParse(
      borrow(first.id, { guarantee: 'id', idType: 'resident_id', idNumber: '110105194912310021' }),
    );
    expect(bad.error?.issues[0]).toMatchObject({ path: ['idNumber'], message: 'errors.residentIdCheck' });
    const none = lendInput.safeParse(borrow(first.id, { guarantee: 'id', idType: 'resident_id' }));
    expect(none.error?.issues[0]).toMatchObject({ path: ['idNumber'], message: 'errors.loanIdRequired' });
    const loan = lendAs(
      desk,
      borrow(first.id, { guarantee: 'id', idType: 'resident_id', idNumber: '11010519491231002X' }),
    );
    expect(loan).toMatchObject({ depositFen: 0, idMasked: '110***********002X', guarantee: 'id' });
    expect(JSON.stringify(auditHistory(desk.ctx.sqlite, 'loans', loan.id))).not.toContain('11010519491231002X');
  });

  it('refuses a bad phone and a due time in the past, writing nothing', async () => {
    const desk = await freshDesk();
    const { first } = umbrellas(desk);
    expect(lendInput.safeParse(borrow(first.id, { phone: '12' })).error?.issues[0]?.path).toEqual(['phone']);
    const past = refusal(() => lendAs(desk, borrow(first.id, { dueAt: desk.clock.now() - DAY })));
    expect(past).toMatchObject({ messageKey: 'errors.loanDueInPast', field: 'dueAt' });
    expect(count(desk, 'loans')).toBe(0);
  });
});

describe('returns', () => {
  it('takes back a late loan lent against an ID: no deposit to refund, the overdue fee is owed in cash', async () => {
    const desk = await freshDesk();
    const { first } = umbrellas(desk);
    const clerk = desk.clerkByRole('clerk');
    const loan = lendAs(
      desk,
      borrow(first.id, { guarantee: 'id', idType: 'resident_id', idNumber: '11010519491231002X' }),
    );
    desk.clock.advance(9 * DAY + HOUR);
    expect(getLoan(desk.ctx, loan.id)).toMatchObject({ state: 'overdue', feeIfReturnedNow: 300 });
    // Before the fix this was refused by the table's amount check (a refund of -¥3.00), and the item stayed out.
    expect(
      returnLoan(desk.ctx, clerk, returnInput.parse({ id: loan.id, version: loan.version, outcome: 'returned' })),
    ).toMatchObject({ state: 'returned', feeFen: 300, refundFen: 0 });
    expect(listLoanItems(desk.ctx, false).find((i) => i.id === first.id)?.outSerial ?? null).toBeNull();
    expect(loansAttention(desk.ctx, desk.clock.now())).toMatchObject({ out: 0, overdue: 0 });
  });

  it('refunds the whole deposit on time, and the deposit minus ¥1 per started day when late', async () => {
    const desk = await freshDesk();
    const { first, second } = umbrellas(desk);
    const clerk = desk.clerkByRole('clerk');
    const onTime = lendAs(desk, borrow(first.id));
    const late = lendAs(desk, borrow(second.id));
    desk.clock.advance(2 * DAY);
    expect(
      returnLoan(desk.ctx, clerk, returnInput.parse({ id: onTime.id, version: onTime.version, outcome: 'returned' })),
    ).toMatchObject({
      state: 'returned',
      feeFen: 0,
      refundFen: 3000,
    });
    desk.clock.advance(7 * DAY + HOUR);
    expect(getLoan(desk.ctx, late.id)).toMatchObject({ state: 'overdue', feeIfReturnedNow: 300 });
    expect(loansAttention(desk.ctx, desk.clock.now())).toEqual({ out: 1, overdue: 1, depositsHeldFen: 3000 });
    expect(
      returnLoan(desk.ctx, clerk, returnInput.parse({ id: late.id, version: late.version, outcome: 'returned' })),
    ).toMatchObject({
      feeFen: 300,
      refundFen: 2700,
    });
    expect(
      refusal(() =>
        returnLoan(desk.ctx, clerk, returnInput.parse({ id: late.id, version: late.version, outcome: 'returned' })),
      ).messageKey,
    ).toBe('errors.loanClosed');
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('never charges more than the deposit', () => {
    expect(overdueFeeFen(0, 100 * DAY, 100, 3000)).toBe(3000);
    expect(overdueFeeFen(0, 100 * DAY, 100, 0)).toBe(10_000);
    expect(overdueFeeFen(10, 5, 100, 3000)).toBe(0);
  });

  it('keeps the deposit for a lost item with a reason, or refunds part of it; not more than the deposit', async () => {
    const desk = await freshDesk();
    const { first, second } = umbrellas(desk);
    const clerk = desk.clerkByRole('clerk');
    const lost = lendAs(desk, borrow(first.id));
    const damaged = lendAs(desk, borrow(second.id));
    expect(
      returnInput.safeParse({ id: lost.id, version: lost.version, outcome: 'kept' }).error?.issues[0],
    ).toMatchObject({
      path: ['reason'],
      message: 'errors.loanKeptReason',
    });
    const kept = returnLoan(
      desk.ctx,
      clerk,
      returnInput.parse({ id: lost.id, version: lost.version, outcome: 'kept', reason: '雨伞丢失' }),
    );
    expect(kept).toMatchObject({ state: 'kept', refundFen: 0, keptReason: '雨伞丢失' });
    const tooMuch = refusal(() =>
      returnLoan(
        desk.ctx,
        clerk,
        returnInput.parse({
          id: damaged.id,
          version: damaged.version,
          outcome: 'kept',
          refund: '40',
          reason: '伞骨折断',
        }),
      ),
    );
    expect(tooMuch).toMatchObject({ messageKey: 'errors.loanRefundAboveDeposit', field: 'refund' });
    const part = returnLoan(
      desk.ctx,
      clerk,
      returnInput.parse({
        id: damaged.id,
        version: damaged.version,
        outcome: 'kept',
        refund: '12.50',
        reason: '伞骨折断',
      }),
    );
    expect(part).toMatchObject({ refundFen: 1250, state: 'kept' });
  });

  it('lets a lead void a loan with a reason, not a clerk', async () => {
    const desk = await freshDesk();
    const { first } = umbrellas(desk);
    const loan = lendAs(desk, borrow(first.id));
    expect(refusal(() => voidLoan(desk.ctx, desk.clerkByRole('clerk'), { id: loan.id, reason: 'x' })).code).toBe(
      'forbidden',
    );
    expect(voidLoan(desk.ctx, desk.clerkByRole('lead'), { id: loan.id, reason: '登记错误' }).state).toBe('voided');
    expect(listLoans(desk.ctx, listLoansInput.parse({}))).toHaveLength(0);
  });
});

describe('handover and reports', () => {
  it('counts the deposits held in the handover cash, the shift’s takings, and lists items out with overdue marked', async () => {
    const desk = await freshDesk();
    const { first, second } = umbrellas(desk);
    const opened = desk.clock.now();
    const late = lendAs(desk, borrow(first.id));
    lendAs(desk, borrow(second.id));
    desk.clock.advance(9 * DAY);
    returnLoan(
      desk.ctx,
      desk.clerkByRole('clerk'),
      returnInput.parse({ id: late.id, version: late.version, outcome: 'returned' }),
    );
    lendAs(desk, borrow(first.id, { borrowerName: '钱进' }));
    const section = loansSection.compile(
      desk.ctx,
      { id: 'none', openedAt: opened, closedAt: desk.clock.now() },
      desk.clock.now(),
    );
    expect(section.cash).toEqual([
      { key: 'handover.loans.depositsHeld', fen: 6000 },
      { key: 'handover.loans.taken', fen: 0 },
    ]);
    const items = section.open[0]?.items ?? [];
    expect(items.map((i) => [i.name, i.overdue])).toEqual([
      ['赵敏', true],
      ['钱进', false],
    ]);
    expect(items[0]?.phoneMasked).toBe('139****5678');
  });

  it('reports loans, returns, late returns, fees, kept deposits and items overdue at the end', async () => {
    const desk = await freshDesk();
    const { first, second } = umbrellas(desk);
    const from = desk.clock.now() - HOUR;
    const a = lendAs(desk, borrow(first.id));
    const b = lendAs(desk, borrow(second.id));
    desk.clock.advance(8 * DAY);
    const clerk = desk.clerkByRole('clerk');
    returnLoan(desk.ctx, clerk, returnInput.parse({ id: a.id, version: a.version, outcome: 'returned' }));
    const now = desk.clock.now();
    const report = loansReport.compile(desk.ctx, { from, to: now + HOUR, asOf: now, now, timeZone: 'Asia/Shanghai' });
    const figure = (key: string) => report.figures.find((f) => f.key === `reports.loans.${key}`)?.value;
    expect([figure('lent'), figure('deposits'), figure('returned'), figure('late'), figure('fees')]).toEqual([
      2, 6000, 1, 1, 100,
    ]);
    expect(report.overdue[0]?.value).toBe(1);
    expect(getLoan(desk.ctx, b.id).state).toBe('overdue');
  });
});
