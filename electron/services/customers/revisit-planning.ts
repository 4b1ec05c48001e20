/** Planning return visits: by the supervisor's rules, or by hand for one file. */
import type { z } from 'zod';
import { complaints, customerPhones, customers, repairOrders, returnRequests, revisitPlans } from '../../../db/schema';
import { int, query, tableRef, textOrNull } from '../../../db/sql';
import type {
  PlanningResult,
  planRevisitInput,
  RevisitPlanView,
  RevisitRuleKind,
  RevisitSource,
} from '../../../shared/contract/customers';
import { OWNER_TAG } from '../../../shared/contract/customers-fields';
import { customersLabels } from '../../../shared/contract/customers-labels';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { settled } from '../returns/predicates';
import { dayjs } from '../time';
import { write } from '../write';
import { liveFile, plannedVisit } from './predicates';
import { getRevisit, insertPlan } from './revisit-plans';
import { allRules } from './revisit-rules';
import { DAY_MS, siteDayStart, timeZone } from './revisit-time';

/** A new rule also plans visits for what happened in the month before it was set, not for years back. */
export const RULE_LOOKBACK_MS = 30 * DAY_MS;

const v = tableRef(revisitPlans, 'v');
const f = tableRef(customers, 'f');
const p = tableRef(customerPhones, 'p');

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
/** Live files that `which` picks with no visit planned, and when the last visit of them was made (or the file opened). */
const regularFilesDue = (which: string) =>
  query(
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
      `select ${list} from ${f.from} where ${which} and ${liveFile(f.c)}
       and not exists (select 1 from ${v.from} where ${v.c.customerId} = ${f.c.id} and ${plannedVisit(v.c)})`,
  );
/** The files of a grade. */
const gradeFilesDue = regularFilesDue(`${f.c.gradeId} = ?`);
/**
 * Property owners: the files with a live 业主 link to a unit; a file with no unit linked counts when tagged 业主
 * (tags are a JSON array), as before units were kept.
 */
const ownerFilesDue = regularFilesDue(
  `(exists (select 1 from customer_units u where u.customer_id = ${f.c.id} and u.active = 1 and u.role = 'owner')
    or (not exists (select 1 from customer_units u where u.customer_id = ${f.c.id} and u.active = 1)
      and exists (select 1 from json_each(${f.c.tags}) where value = ?)))`,
);

/**
 * Plans what every active rule asks for, up to now: one visit per closed complaint, completed repair or settled
 * return (N days after it, in the site's days), and for each file of a grade, or of a property owner (a live 业主
 * link to a unit, or tagged 业主 without any unit), one visit N months after the last.
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
      if (rule.kind === 'grade_every' || rule.kind === 'owner_every') {
        if (rule.kind === 'grade_every' && !rule.gradeId) continue;
        const files =
          rule.kind === 'grade_every'
            ? gradeFilesDue.all(ctx.sqlite, rule.gradeId)
            : ownerFilesDue.all(ctx.sqlite, OWNER_TAG);
        for (const file of files) {
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
            reason:
              rule.kind === 'grade_every' ? `${reasonOf(rule.kind)}（${rule.gradeName ?? ''}）` : reasonOf(rule.kind),
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
