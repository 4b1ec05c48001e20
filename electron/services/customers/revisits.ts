import type { z } from 'zod';
import {
  calls,
  complaints,
  customerGrades,
  customerPhones,
  customers,
  repairOrders,
  returnRequests,
  revisitPlans,
  revisitRules,
} from '../../../db/schema';
import { int, query, SqlWhere, single, tableRef, textOrNull } from '../../../db/sql';
import {
  type listRevisitsInput,
  type PlanningResult,
  type planRevisitInput,
  REVISIT_SERIAL_PREFIX,
  type RevisitAttention,
  type RevisitPlanView,
  type RevisitRuleKind,
  type RevisitRuleView,
  type RevisitSource,
  type revisitCallInput,
  type revisitRuleInput,
} from '../../../shared/contract/customers';
import { customersLabels } from '../../../shared/contract/customers-labels';
import { insertCall } from '../calls/calls';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { maskPhoneForSheet } from '../handover/section';
import { newId } from '../ids';
import { settled } from '../returns/predicates';
import { getSite } from '../settings';
import { dayjs } from '../time';
import { type WriteTx, write } from '../write';
import { getGrade } from './grades';
import { dueVisit, liveFile, plannedVisit } from './predicates';

const DAY_MS = 24 * 3600 * 1000;
/** A new rule also plans visits for what happened in the month before it was set, not for years back. */
export const RULE_LOOKBACK_MS = 30 * DAY_MS;

const r = tableRef(revisitRules, 'r');
const g = tableRef(customerGrades, 'g');
const v = tableRef(revisitPlans, 'v');
const f = tableRef(customers, 'f');
const k = tableRef(calls, 'k');
const p = tableRef(customerPhones, 'p');

function timeZone(ctx: ServiceContext): string {
  return getSite(ctx)?.timeZone ?? 'Asia/Shanghai';
}

/** The start of the site's day that `ms` falls in (a plan is for a day, not an hour). */
export function siteDayStart(ms: number, tz: string): number {
  return dayjs(ms).tz(tz).startOf('day').valueOf();
}

function todayBounds(ctx: ServiceContext): { dayStart: number; dayEnd: number } {
  const tz = timeZone(ctx);
  const dayStart = siteDayStart(ctx.clock.now(), tz);
  return { dayStart, dayEnd: dayjs(dayStart).tz(tz).add(1, 'day').valueOf() };
}

// ---- rules ----

const ruleRow = {
  ...r.pick('id', 'version', 'kind', 'gradeId', 'days', 'months', 'maxAttempts', 'retryDays', 'active', 'createdAt'),
  gradeName: textOrNull(g.c.name),
};
const FROM_RULES = `from ${r.from} left join ${g.from} on ${g.c.id} = ${r.c.gradeId}`;
const allRules = query(ruleRow, (list) => `select ${list} ${FROM_RULES} order by ${r.c.createdAt}, ${r.c.id}`);
const ruleById = query(ruleRow, (list) => `select ${list} ${FROM_RULES} where ${r.c.id} = ?`);

type RuleRow = ReturnType<typeof allRules.all>[number];
const ruleView = ({ createdAt: _created, ...row }: RuleRow): RevisitRuleView => ({
  ...row,
  gradeName: row.gradeName ?? '',
});

export function listRules(ctx: ServiceContext): RevisitRuleView[] {
  return allRules.all(ctx.sqlite).map(ruleView);
}

export function getRule(ctx: ServiceContext, id: string): RevisitRuleView {
  const row = ruleById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.revisitRuleMissing');
  return ruleView(row);
}

/** A supervisor's rule; one active rule per kind (and per grade for the regular visits). */
export function saveRule(
  ctx: ServiceContext,
  actor: Actor | null,
  input: z.output<typeof revisitRuleInput>,
): RevisitRuleView {
  const gradeId = input.kind === 'grade_every' ? input.gradeId : null;
  if (gradeId) getGrade(ctx, gradeId);
  if (input.kind === 'grade_every' && !gradeId) throw refuse('errors.revisitGradeRequired', 'gradeId');
  const twin = allRules
    .all(ctx.sqlite)
    .find((x) => x.active && x.id !== input.id && x.kind === input.kind && x.gradeId === gradeId);
  if (input.active && twin) throw refuse('errors.revisitRuleTwice', 'kind');
  const values = {
    kind: input.kind,
    gradeId,
    days: input.kind === 'grade_every' ? 0 : input.days,
    months: input.kind === 'grade_every' ? input.months : 0,
    maxAttempts: input.maxAttempts,
    retryDays: input.retryDays,
    active: input.active,
  };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('revisitRules', input.id, values).after.id;
    return tx.insert('revisitRules', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getRule(ctx, id);
}

// ---- plans ----

const planRow = {
  ...v.pick(
    'id',
    'version',
    'serialNo',
    'customerId',
    'name',
    'phone',
    'sourceModule',
    'sourceRef',
    'sourceSerial',
    'reason',
    'dueAt',
    'status',
    'attempts',
    'maxAttempts',
    'retryDays',
    'lastResult',
    'lastNote',
    'satisfaction',
    'closedAt',
    'cancelReason',
  ),
  fileNo: textOrNull(f.c.fileNo),
  fileName: textOrNull(`case when ${f.c.status} = 'forgotten' then null else ${f.c.name} end`),
  preferredContactTime: textOrNull(f.c.preferredContactTime),
  ruleKind: textOrNull(r.c.kind),
  lastCallSerial: textOrNull(k.c.serialNo),
};
const FROM_PLANS = `from ${v.from} left join ${f.from} on ${f.c.id} = ${v.c.customerId}
  left join ${r.from} on ${r.c.id} = ${v.c.ruleId} left join ${k.from} on ${k.c.id} = ${v.c.lastCallId}`;
const planById = query(planRow, (list) => `select ${list} ${FROM_PLANS} where ${v.c.id} = ?`);
const plansOfCustomer = query(
  planRow,
  (list) =>
    `select ${list} ${FROM_PLANS} where ${v.c.customerId} = ? order by ${v.c.dueAt} desc, ${v.c.id} desc limit 50`,
);

type PlanRow = ReturnType<typeof planById.all>[number];
const ruleKinds: ReadonlySet<string> = new Set<RevisitRuleKind>([
  'after_complaint',
  'after_repair',
  'after_return',
  'grade_every',
]);

function planView(row: PlanRow, dayStart: number): RevisitPlanView {
  const { fileName, ruleKind, preferredContactTime, retryDays: _retry, ...rest } = row;
  return {
    ...rest,
    name: fileName ?? row.name,
    phoneMasked: maskPhoneForSheet(row.phone),
    preferredContactTime: preferredContactTime ?? '',
    ruleKind: ruleKind && ruleKinds.has(ruleKind) ? (ruleKind as RevisitRuleKind) : null,
    overdue: row.status === 'planned' && row.dueAt < dayStart,
  };
}

function planRowById(ctx: ServiceContext, id: string): PlanRow {
  const row = planById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.revisitMissing');
  return row;
}

export function getRevisit(ctx: ServiceContext, id: string): RevisitPlanView {
  return planView(planRowById(ctx, id), todayBounds(ctx).dayStart);
}

export function revisitsOfCustomer(ctx: ServiceContext, customerId: string): RevisitPlanView[] {
  const { dayStart } = todayBounds(ctx);
  return plansOfCustomer.all(ctx.sqlite, customerId).map((row) => planView(row, dayStart));
}

/** 电话访谈计划表: due today and earlier (overdue first), every planned one, the closed ones, or all. */
export function listRevisits(
  ctx: ServiceContext,
  input: Required<z.input<typeof listRevisitsInput>>,
): RevisitPlanView[] {
  const { dayStart, dayEnd } = todayBounds(ctx);
  const where = new SqlWhere();
  if (input.filter === 'due') where.always(dueVisit(v.c, '@dayEnd'), { dayEnd });
  if (input.filter === 'planned') where.always(plannedVisit(v.c));
  if (input.filter === 'closed') where.always(`${v.c.status} <> 'planned'`);
  where.filter(
    `(instr(${v.c.serialNo}, upper(@text)) > 0 or instr(${v.c.name}, @text) > 0 or instr(${v.c.phone}, @text) > 0
      or instr(${v.c.sourceSerial}, upper(@text)) > 0 or instr(coalesce(${f.c.fileNo}, ''), upper(@text)) > 0)`,
    'text',
    input.text,
  );
  const order = input.filter === 'closed' ? `${v.c.closedAt} desc` : `${v.c.dueAt}`;
  const rows = query(
    planRow,
    (list) => `select ${list} ${FROM_PLANS} ${where} order by ${order}, ${v.c.id} limit ${input.limit}`,
  ).all(ctx.sqlite, where.params);
  return rows.map((row) => planView(row, dayStart));
}

const attention = query(
  { due: int('count(*)'), overdue: int(`coalesce(sum(${v.c.dueAt} < @dayStart), 0)`) },
  (list) => `select ${list} from ${v.from} where ${dueVisit(v.c, '@dayEnd')}`,
);

export function revisitAttention(ctx: ServiceContext): RevisitAttention {
  return single(attention, ctx.sqlite, todayBounds(ctx));
}

const liveFileOfPhone = query(
  { id: f.col('id'), name: f.col('name') },
  (list) =>
    `select ${list} from ${p.from} join ${f.from} on ${f.c.id} = ${p.c.customerId}
     where ${p.c.phone} = ? and ${p.c.active} = 1 and ${liveFile(f.c)}`,
);
const planOfSource = query(
  { id: v.col('id') },
  (list) => `select ${list} from ${v.from} where ${v.c.ruleId} = ? and ${v.c.sourceRef} = ?`,
);

interface PlanSeed {
  ruleId: string | null;
  customerId: string | null;
  name: string;
  phone: string;
  sourceModule: RevisitSource | null;
  sourceRef: string | null;
  sourceSerial: string;
  reason: string;
  dueAt: number;
  maxAttempts: number;
  retryDays: number;
}

function insertPlan(tx: WriteTx, actor: Actor | null, seed: PlanSeed) {
  return tx.insert('revisitPlans', {
    id: newId(),
    serialNo: tx.serial(REVISIT_SERIAL_PREFIX),
    ...seed,
    status: 'planned',
    attempts: 0,
    clerkId: actor?.clerkId ?? null,
    createdAt: tx.now,
    updatedAt: tx.now,
  });
}

const reasonOf = (kind: RevisitRuleKind) => customersLabels['zh-CN'].values.ruleKind[kind];

const co = tableRef(complaints, 'co');
const ro = tableRef(repairOrders, 'ro');
const rt = tableRef(returnRequests, 'rt');
const eventRow = {
  id: co.col('id'),
  serialNo: co.col('serialNo'),
  name: co.col('customerName'),
  phone: co.col('phone'),
  at: int('at'),
};
const closedComplaints = query(
  { ...eventRow, at: int(co.c.closedAt) },
  (list) =>
    `select ${list} from ${co.from} where ${co.c.status} = 'closed' and ${co.c.closedAt} >= ? and ${co.c.phone} <> ''`,
);
const completedRepairs = query(
  {
    id: ro.col('id'),
    serialNo: ro.col('serialNo'),
    name: ro.col('reporterName'),
    phone: ro.col('phone'),
    at: int(ro.c.completedAt),
  },
  (list) =>
    `select ${list} from ${ro.from} where ${ro.c.completedAt} >= ? and ${ro.c.voidedAt} is null and ${ro.c.phone} <> ''`,
);
const settledReturns = query(
  {
    id: rt.col('id'),
    serialNo: rt.col('serialNo'),
    name: rt.col('customerName'),
    phone: rt.col('phone'),
    at: int(rt.c.createdAt),
  },
  (list) => `select ${list} from ${rt.from} where ${rt.c.createdAt} >= ? and ${settled(rt.c)} and ${rt.c.phone} <> ''`,
);
/** Files of a grade with no visit planned, and when the last visit of them was made (or the file opened). */
const gradeFilesDue = query(
  {
    id: f.col('id'),
    name: f.col('name'),
    createdAt: f.col('createdAt'),
    lastClosed: int(
      `coalesce((select max(${v.c.closedAt}) from ${v.from} where ${v.c.customerId} = ${f.c.id} and ${v.c.status} in ('done', 'failed')), ${f.c.createdAt})`,
    ),
    phone: textOrNull(
      `(select ${p.c.phone} from ${p.from} where ${p.c.customerId} = ${f.c.id} and ${p.c.active} = 1 order by ${p.c.createdAt} limit 1)`,
    ),
  },
  (list) =>
    `select ${list} from ${f.from} where ${f.c.gradeId} = ? and ${liveFile(f.c)}
     and not exists (select 1 from ${v.from} where ${v.c.customerId} = ${f.c.id} and ${plannedVisit(v.c)})`,
);

/**
 * Plans what every active rule asks for, up to now: one visit per closed complaint, completed repair or settled
 * return (N days after it, in the site's days), and for each file of a grade one visit N months after the last.
 * Idempotent: a record already planned by the rule is found and skipped, so it runs whenever the call list opens.
 */
export function planDue(ctx: ServiceContext, actor: Actor | null): PlanningResult {
  const tz = timeZone(ctx);
  const now = ctx.clock.now();
  const rules = allRules.all(ctx.sqlite).filter((rule) => rule.active);
  let planned = 0;
  write(ctx, actor, (tx) => {
    for (const rule of rules) {
      const since = rule.createdAt - RULE_LOOKBACK_MS;
      const base = { ruleId: rule.id, maxAttempts: rule.maxAttempts, retryDays: rule.retryDays };
      if (rule.kind === 'grade_every') {
        if (!rule.gradeId) continue;
        for (const file of gradeFilesDue.all(ctx.sqlite, rule.gradeId)) {
          if (!file.phone) continue;
          const due = dayjs(file.lastClosed).tz(tz).add(rule.months, 'month').startOf('day').valueOf();
          insertPlan(tx, actor, {
            ...base,
            customerId: file.id,
            name: file.name,
            phone: file.phone,
            sourceModule: 'customers',
            sourceRef: file.id,
            sourceSerial: '',
            reason: `${reasonOf(rule.kind)}（${rule.gradeName ?? ''}）`,
            dueAt: due,
          });
          planned++;
        }
        continue;
      }
      const source: {
        module: RevisitSource;
        rows: { id: string; serialNo: string; name: string; phone: string; at: number }[];
      } =
        rule.kind === 'after_complaint'
          ? { module: 'complaints', rows: closedComplaints.all(ctx.sqlite, since) }
          : rule.kind === 'after_repair'
            ? { module: 'repairs', rows: completedRepairs.all(ctx.sqlite, since) }
            : { module: 'returns', rows: settledReturns.all(ctx.sqlite, since) };
      for (const event of source.rows) {
        if (planOfSource.get(ctx.sqlite, rule.id, event.id)) continue;
        const file = liveFileOfPhone.get(ctx.sqlite, event.phone);
        insertPlan(tx, actor, {
          ...base,
          customerId: file?.id ?? null,
          name: file?.name ?? event.name,
          phone: event.phone,
          sourceModule: source.module,
          sourceRef: event.id,
          sourceSerial: event.serialNo,
          reason: reasonOf(rule.kind),
          dueAt: Math.max(siteDayStart(event.at + rule.days * DAY_MS, tz), siteDayStart(Math.min(event.at, now), tz)),
        });
        planned++;
      }
    }
  });
  return { planned };
}

/** A visit planned by hand for a file (another visit wanted, a customer's wish). */
export function planRevisit(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof planRevisitInput>,
): RevisitPlanView {
  const tz = timeZone(ctx);
  const dueAt = siteDayStart(input.dueAt, tz);
  if (dueAt < siteDayStart(ctx.clock.now(), tz)) throw refuse('errors.revisitDueInPast', 'dueAt');
  const id = write(ctx, actor, (tx) => {
    const file = ctx.sqlite.prepare('select id, name, status from customers where id = ?').get(input.customerId) as
      | { id: string; name: string; status: string }
      | undefined;
    if (!file) throw notFound('errors.customerMissing');
    if (file.status !== 'active') throw refuse('errors.customerForgotten');
    const phones = ctx.sqlite
      .prepare('select phone from customer_phones where customer_id = ? and active = 1 order by created_at')
      .pluck()
      .all(file.id) as string[];
    const phone = input.phone ?? phones[0];
    if (!phone || !phones.includes(phone)) throw refuse('errors.revisitPhoneNotOnFile', 'phone');
    return insertPlan(tx, actor, {
      ruleId: null,
      customerId: file.id,
      name: file.name,
      phone,
      sourceModule: 'customers',
      sourceRef: file.id,
      sourceSerial: '',
      reason: input.reason,
      dueAt,
      maxAttempts: 3,
      retryDays: 1,
    }).id;
  });
  return getRevisit(ctx, id);
}

function assertPlanned(plan: RevisitPlanView): void {
  if (plan.status !== 'planned') throw refuse('errors.revisitClosed', undefined, { serial: plan.serialNo });
}

const resultLabel = (code: string) => (customersLabels['zh-CN'].values.result as Record<string, string>)[code] ?? code;
const satisfactionLabel = (code: string | null) =>
  code ? ((customersLabels['zh-CN'].values.satisfaction as Record<string, string>)[code] ?? code) : '';

/**
 * One call of the day's list: logged as an outgoing call (电话记录) in the same transaction. Reached closes the visit
 * with the customer's satisfaction and may plan the next one; not reached is called again after the plan's days,
 * until its limit of calls, then given up; refused and a wrong number close it as not reached.
 */
export function logRevisitCall(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof revisitCallInput>,
): RevisitPlanView {
  const tz = timeZone(ctx);
  if (input.result === 'reached' && !input.satisfaction)
    throw refuse('errors.revisitSatisfactionRequired', 'satisfaction');
  if (input.nextDueAt !== null && siteDayStart(input.nextDueAt, tz) <= siteDayStart(ctx.clock.now(), tz))
    throw refuse('errors.revisitNextNotAfterToday', 'nextDueAt');
  write(ctx, actor, (tx) => {
    const row = planRowById(ctx, input.id);
    const plan = planView(row, 0);
    assertPlanned(plan);
    const words = [
      `回访 ${plan.serialNo}`,
      plan.sourceSerial ? `（${plan.sourceSerial}）` : '',
      `：${resultLabel(input.result)}`,
      input.satisfaction ? `，${satisfactionLabel(input.satisfaction)}` : '',
      input.note ? `。${input.note}` : '',
    ].join('');
    const call = insertCall(ctx, tx, actor, {
      direction: 'outgoing',
      durationSec: input.durationSec,
      callerName: plan.name,
      phone: plan.phone,
      category: 'callback',
      summary: words,
      transferredTo: '',
      transferDepartmentId: null,
      replyNeeded: false,
      replyDueAt: null,
      answersCallId: null,
      result: resultLabel(input.result),
    });
    const attempts = plan.attempts + 1;
    const closing = { closedAt: tx.now, closedBy: actor.clerkId, closedShiftId: actor.shiftId };
    const common = { attempts, lastResult: input.result, lastNote: input.note, lastCallId: call.id };
    if (input.result === 'reached') {
      tx.update(
        'revisitPlans',
        plan.id,
        { ...common, ...closing, status: 'done', satisfaction: input.satisfaction },
        { action: 'status', note: 'done' },
      );
      if (input.nextDueAt !== null) {
        insertPlan(tx, actor, {
          ruleId: null,
          customerId: plan.customerId,
          name: plan.name,
          phone: plan.phone,
          sourceModule: plan.sourceModule,
          sourceRef: plan.sourceRef,
          sourceSerial: plan.sourceSerial,
          reason: plan.reason,
          dueAt: siteDayStart(input.nextDueAt, tz),
          maxAttempts: plan.maxAttempts,
          retryDays: row.retryDays,
        });
      }
    } else if (input.result === 'not_reached' && attempts < plan.maxAttempts) {
      tx.update(
        'revisitPlans',
        plan.id,
        { ...common, dueAt: siteDayStart(tx.now + row.retryDays * DAY_MS, tz) },
        { note: 'retry' },
      );
    } else {
      tx.update(
        'revisitPlans',
        plan.id,
        { ...common, ...closing, status: 'failed' },
        { action: 'status', note: 'failed' },
      );
    }
  });
  return getRevisit(ctx, input.id);
}

export function cancelRevisit(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reason: string },
): RevisitPlanView {
  write(ctx, actor, (tx) => {
    const plan = getRevisit(ctx, input.id);
    assertPlanned(plan);
    tx.update(
      'revisitPlans',
      plan.id,
      {
        status: 'cancelled',
        cancelReason: input.reason,
        closedAt: tx.now,
        closedBy: actor.clerkId,
        closedShiftId: actor.shiftId,
      },
      { action: 'status', note: input.reason },
    );
  });
  return getRevisit(ctx, input.id);
}
