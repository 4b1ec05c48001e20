/** Planned return visits (回访计划): the stored plan, its view, the day's call list and the badge count. */
import type { z } from 'zod';
import { calls, customers, revisitPlans, revisitRules } from '../../../db/schema';
import { int, query, SqlWhere, single, tableRef, textOrNull } from '../../../db/sql';
import {
  type listRevisitsInput,
  REVISIT_SERIAL_PREFIX,
  type RevisitAttention,
  type RevisitPlanView,
  type RevisitRuleKind,
  type RevisitSource,
} from '../../../shared/contract/customers';
import type { Actor, ServiceContext } from '../context';
import { notFound } from '../errors';
import { maskPhoneForSheet } from '../handover/section';
import { newId } from '../ids';
import { foldedContains } from '../text-filter';
import type { WriteTx } from '../write';
import { dueVisit, plannedVisit } from './predicates';
import { todayBounds } from './revisit-time';

const r = tableRef(revisitRules, 'r');
const v = tableRef(revisitPlans, 'v');
const f = tableRef(customers, 'f');
const k = tableRef(calls, 'k');

/** The name a plan shows: its file's, unless the person was forgotten. */
const FILE_NAME = `case when ${f.c.status} = 'forgotten' then null else ${f.c.name} end`;

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
  fileName: textOrNull(FILE_NAME),
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

export type PlanRow = ReturnType<typeof planById.all>[number];
const ruleKinds: ReadonlySet<string> = new Set<RevisitRuleKind>([
  'after_complaint',
  'after_repair',
  'after_return',
  'grade_every',
  'owner_every',
]);

export function planView(row: PlanRow, dayStart: number): RevisitPlanView {
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

export function planRowById(ctx: ServiceContext, id: string): PlanRow {
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
  // The file's name too: it is the one the list shows (a file renamed after the plan was made).
  // A plan has no search entry of its own: its name comes from the customer file or the record it follows up
  // (complaint, repair, return), which are filed, so those offer it for a query typed as pinyin initials.
  where.filter(
    foldedContains([v.c.serialNo, v.c.name, FILE_NAME, v.c.phone, v.c.sourceSerial, f.c.fileNo], {
      id: [v.c.customerId, v.c.sourceRef],
      names: [v.c.name, FILE_NAME],
    }),
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

export interface PlanSeed {
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

export function insertPlan(tx: WriteTx, actor: Actor | null, seed: PlanSeed) {
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
