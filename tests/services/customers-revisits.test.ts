import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  createFile,
  listGrades,
  listRevisits,
  loadFile,
  logRevisitCall,
  mergeFiles,
  planDue,
  planRevisit,
  revisitAttention,
  saveRule,
} from '../../electron/services/customers';
import { customersSection } from '../../electron/services/customers/handover-section';
import { arriveOrder, completeOrder, dispatchOrder } from '../../electron/services/repairs';
import {
  type CreateCustomerInput,
  createCustomerInput,
  mergeCustomersInput,
  type RevisitCallInput,
  type RevisitRuleInput,
  revisitCallInput,
  revisitRuleInput,
} from '../../shared/contract/customers';
import { completeRepairInput } from '../../shared/contract/repairs';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { addTeam, fileOrder } from '../helpers/repairs';
import { DAY, refusal } from '../helpers/storage';

/** 2026-11-24 00:00 in Shanghai: the test clock starts at 10:00 local that day. */
const TODAY = Date.UTC(2026, 10, 23, 16, 0, 0);

const rule = (desk: TestDesk, input: RevisitRuleInput) =>
  saveRule(desk.ctx, desk.clerkByRole('supervisor'), revisitRuleInput.parse(input));

const call = (desk: TestDesk, input: RevisitCallInput) =>
  logRevisitCall(desk.ctx, desk.clerkByRole('clerk'), revisitCallInput.parse(input));

/** A repair reported, dispatched, arrived and completed now. */
function completedRepair(desk: TestDesk, phone = '13912345678') {
  const team = addTeam(desk);
  const clerk = desk.clerkByRole('clerk');
  const order = fileOrder(desk, { phone });
  dispatchOrder(desk.ctx, clerk, { id: order.id, teamId: team.id, note: '' });
  arriveOrder(desk.ctx, clerk, { id: order.id });
  completeOrder(
    desk.ctx,
    clerk,
    completeRepairInput.parse({ id: order.id, workDone: '换阀门', materials: '', fee: '', customerConfirmed: true }),
  );
  return order;
}

const file = (desk: TestDesk, input: Partial<CreateCustomerInput> = {}) =>
  createFile(
    desk.ctx,
    desk.clerkByRole('clerk'),
    createCustomerInput.parse({ name: '陈先生', phones: [{ phone: '13912345678' }], ...input }),
  );

const due = (desk: TestDesk) => listRevisits(desk.ctx, { filter: 'due', text: '', limit: 100 });
const callsLogged = (desk: TestDesk) =>
  desk.ctx.sqlite.prepare("select count(*) from calls where direction = 'outgoing'").pluck().get() as number;

describe('return-visit rules', () => {
  it('refuses a regular visit without a grade, and a second active rule of the same kind', async () => {
    const desk = await freshDesk();
    expect(revisitRuleInput.safeParse({ kind: 'grade_every', months: 3 }).error?.issues[0]).toMatchObject({
      path: ['gradeId'],
      message: 'errors.revisitGradeRequired',
    });
    expect(revisitRuleInput.safeParse({ kind: 'after_repair', maxAttempts: 0 }).error?.issues[0]?.path).toEqual([
      'maxAttempts',
    ]);
    rule(desk, { kind: 'after_repair', days: 2 });
    expect(refusal(() => rule(desk, { kind: 'after_repair', days: 5 })).messageKey).toBe('errors.revisitRuleTwice');
  });

  it('plans a visit N site days after a completed repair, once, on the file of that number', async () => {
    const desk = await freshDesk();
    const customer = file(desk);
    rule(desk, { kind: 'after_repair', days: 2, maxAttempts: 2, retryDays: 1 });
    const order = completedRepair(desk);
    expect(planDue(desk.ctx, desk.clerkByRole('clerk'))).toEqual({ planned: 1 });
    expect(planDue(desk.ctx, desk.clerkByRole('clerk'))).toEqual({ planned: 0 });
    // Not due today: two days after the repair, at the start of that site day.
    expect(due(desk)).toEqual([]);
    const [plan] = listRevisits(desk.ctx, { filter: 'planned', text: '', limit: 10 });
    expect(plan).toMatchObject({
      sourceModule: 'repairs',
      sourceSerial: order.serialNo,
      customerId: customer.id,
      fileNo: customer.fileNo,
      dueAt: TODAY + 2 * DAY,
      phoneMasked: '139****5678',
      ruleKind: 'after_repair',
    });
    desk.clock.advance(2 * DAY);
    expect(due(desk).map((p) => p.id)).toEqual([plan?.id]);
    expect(loadFile(desk.ctx, customer.id).revisits.map((p) => p.id)).toEqual([plan?.id]);
  });

  it('plans regular visits for a grade N months after the file was opened, then after the last visit', async () => {
    const desk = await freshDesk();
    const vip = listGrades(desk.ctx, false).find((g) => g.name === 'VIP')?.id ?? null;
    const customer = file(desk, { gradeId: vip });
    file(desk, { name: '普通客户', phones: [{ phone: '13800001111' }] });
    rule(desk, { kind: 'grade_every', gradeId: vip, months: 3 });
    planDue(desk.ctx, null);
    const [plan] = listRevisits(desk.ctx, { filter: 'planned', text: '', limit: 10 });
    expect(plan).toMatchObject({ customerId: customer.id, dueAt: Date.UTC(2027, 1, 23, 16, 0, 0) });
    expect(planDue(desk.ctx, null).planned).toBe(0);
    desk.clock.advance(92 * DAY);
    const done = call(desk, {
      id: plan?.id ?? '',
      version: plan?.version ?? 1,
      result: 'reached',
      satisfaction: 'satisfied',
    });
    expect(done.status).toBe('done');
    expect(planDue(desk.ctx, null).planned).toBe(1);
    const [next] = listRevisits(desk.ctx, { filter: 'planned', text: '', limit: 10 });
    expect(next?.dueAt).toBeGreaterThan(desk.clock.now() + 80 * DAY);
  });
});

describe('regular visits of property owners (业主)', () => {
  it('plans a visit N months after the file of every owner, and none for a file without the tag', async () => {
    const desk = await freshDesk();
    const owner = file(desk, { name: '业主甲', tags: ['业主', 'VIP楼层'], company: '3 栋 1202' });
    file(desk, { name: '租户乙', phones: [{ phone: '13800001111' }], tags: ['租户'] });
    file(desk, { name: '访客丙', phones: [{ phone: '13800002222' }], tags: ['业主委员会'] });
    const saved = rule(desk, { kind: 'owner_every', months: 3, days: 9 });
    expect(saved).toMatchObject({ kind: 'owner_every', months: 3, days: 0, gradeId: null });
    expect(planDue(desk.ctx, null).planned).toBe(1);
    const [plan] = listRevisits(desk.ctx, { filter: 'planned', text: '', limit: 10 });
    expect(plan).toMatchObject({
      customerId: owner.id,
      name: '业主甲',
      ruleKind: 'owner_every',
      reason: '业主定期回访',
      dueAt: Date.UTC(2027, 1, 23, 16, 0, 0),
    });
    // Planning again adds nothing while the visit is planned.
    expect(planDue(desk.ctx, null).planned).toBe(0);
  });

  it('refuses an owner rule without months, and a second active one', async () => {
    const desk = await freshDesk();
    expect(revisitRuleInput.safeParse({ kind: 'owner_every', months: 0 }).error?.issues[0]).toMatchObject({
      path: ['months'],
      message: 'errors.atLeastOne',
    });
    rule(desk, { kind: 'owner_every', months: 6 });
    expect(refusal(() => rule(desk, { kind: 'owner_every', months: 3 }))).toMatchObject({
      messageKey: 'errors.revisitRuleTwice',
    });
  });
});

describe('the day’s call list', () => {
  async function dueVisit(maxAttempts = 2) {
    const desk = await freshDesk();
    file(desk);
    rule(desk, { kind: 'after_repair', days: 0, maxAttempts, retryDays: 1 });
    completedRepair(desk);
    planDue(desk.ctx, null);
    const [plan] = due(desk);
    if (!plan) throw new Error('no visit due');
    return { desk, plan };
  }

  it('logs a reached call as an outgoing call with the satisfaction, and plans the next visit agreed', async () => {
    const { desk, plan } = await dueVisit();
    const before = callsLogged(desk);
    const done = call(desk, {
      id: plan.id,
      version: plan.version,
      result: 'reached',
      satisfaction: 'fairly_satisfied',
      note: '水管没再漏',
      durationSec: 120,
      nextDueAt: TODAY + 30 * DAY,
    });
    expect(done).toMatchObject({
      status: 'done',
      satisfaction: 'fairly_satisfied',
      attempts: 1,
      lastResult: 'reached',
    });
    expect(done.lastCallSerial).toMatch(/^DH-XH-/);
    expect(callsLogged(desk)).toBe(before + 1);
    const logged = desk.ctx.sqlite
      .prepare('select phone, summary, duration_sec as d, direction from calls where serial_no = ?')
      .get(done.lastCallSerial) as { phone: string; summary: string; d: number; direction: string };
    expect(logged).toMatchObject({ phone: '13912345678', d: 120, direction: 'outgoing' });
    expect(logged.summary).toContain('比较满意');
    const next = listRevisits(desk.ctx, { filter: 'planned', text: '', limit: 10 });
    expect(next.map((p) => p.dueAt)).toEqual([TODAY + 30 * DAY]);
    // A closed visit takes no second call.
    expect(
      refusal(() => call(desk, { id: plan.id, version: done.version, result: 'reached', satisfaction: 'satisfied' }))
        .messageKey,
    ).toBe('errors.revisitClosed');
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('calls a customer not reached again after the rule’s days, and gives up after the limit', async () => {
    const { desk, plan } = await dueVisit(2);
    const first = call(desk, { id: plan.id, version: plan.version, result: 'not_reached' });
    expect(first).toMatchObject({ status: 'planned', attempts: 1, dueAt: TODAY + DAY });
    expect(due(desk)).toEqual([]);
    desk.clock.advance(DAY);
    expect(due(desk).map((p) => p.id)).toEqual([plan.id]);
    const second = call(desk, { id: plan.id, version: first.version, result: 'not_reached' });
    expect(second).toMatchObject({ status: 'failed', attempts: 2 });
    expect(callsLogged(desk)).toBe(2);
  });

  it('refuses a reached call without satisfaction, and a next date not after today; writes nothing', async () => {
    const { desk, plan } = await dueVisit();
    expect(revisitCallInput.safeParse({ id: plan.id, version: 1, result: 'reached' }).error?.issues[0]).toMatchObject({
      path: ['satisfaction'],
      message: 'errors.revisitSatisfactionRequired',
    });
    expect(
      revisitCallInput.safeParse({ id: plan.id, version: 1, result: 'not_reached', nextDueAt: TODAY + 5 * DAY }).error
        ?.issues[0]?.path,
    ).toEqual(['nextDueAt']);
    const before = callsLogged(desk);
    expect(
      refusal(() =>
        call(desk, {
          id: plan.id,
          version: plan.version,
          result: 'reached',
          satisfaction: 'satisfied',
          nextDueAt: TODAY,
        }),
      ).messageKey,
    ).toBe('errors.revisitNextNotAfterToday');
    expect(callsLogged(desk)).toBe(before);
    expect(due(desk)[0]).toMatchObject({ status: 'planned', attempts: 0 });
  });

  it('counts overdue visits for the header badge and hands them over on the sheet; a plan by hand cannot be in the past', async () => {
    const { desk, plan } = await dueVisit();
    expect(revisitAttention(desk.ctx)).toEqual({ due: 1, overdue: 0 });
    desk.clock.advance(DAY);
    expect(revisitAttention(desk.ctx)).toEqual({ due: 1, overdue: 1 });
    const sheet = customersSection.compile(
      desk.ctx,
      { id: 'no-shift', openedAt: 0, closedAt: desk.clock.now() },
      desk.clock.now(),
    );
    expect(sheet.open[0]?.items).toEqual([
      expect.objectContaining({ serial: plan.serialNo, phoneMasked: '139****5678', overdue: true }),
    ]);
    const customer = desk.ctx.sqlite.prepare('select id from customers limit 1').pluck().get() as string;
    expect(
      refusal(() =>
        planRevisit(desk.ctx, desk.clerkByRole('clerk'), {
          customerId: customer,
          phone: null,
          dueAt: TODAY - DAY,
          reason: '回访',
        }),
      ).messageKey,
    ).toBe('errors.revisitDueInPast');
  });

  it('moves planned visits with a merged file', async () => {
    const { desk, plan } = await dueVisit();
    const keep = file(desk, { phones: [{ phone: '13800001111' }] });
    const other = plan.customerId ?? '';
    mergeFiles(
      desk.ctx,
      desk.clerkByRole('clerk'),
      mergeCustomersInput.parse({
        keepId: keep.id,
        mergeId: other,
        approval: { clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') },
      }),
    );
    expect(loadFile(desk.ctx, keep.id).revisits.map((p) => p.id)).toEqual([plan.id]);
  });
});
