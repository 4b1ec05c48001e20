import { calls, clerks, repairEvents, repairOrders, repairTeams, shops, visits } from '../../../db/schema';
import { flag, int, pageOf, query, SqlWhere, single, tableRef, textOrNull } from '../../../db/sql';
import type {
  RepairCounts,
  RepairCursor,
  RepairEventView,
  RepairOrderDetail,
  RepairOrderView,
  RepairPage,
} from '../../../shared/contract/repairs';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { foldedContains } from '../text-filter';
import { escalation, followUpDueOrder, openOrder, overdueOrder } from './predicates';

const o = tableRef(repairOrders, 'o');
const c = tableRef(clerks, 'c');
const t = tableRef(repairTeams, 't');
const s = tableRef(shops, 's');
const v = tableRef(visits, 'v');
const k = tableRef(calls, 'k');
const e = tableRef(repairEvents, 'e');

const nameOf = (column: string) => textOrNull(`(select name from clerks where id = ${column})`);

/** The columns every work-order read returns, with team, shop, source and clerks' names joined in. */
const orderView = {
  ...o.pick(
    'id',
    'version',
    'serialNo',
    'reportedAt',
    'source',
    'visitId',
    'callId',
    'locationKind',
    'location',
    'shopId',
    'category',
    'urgency',
    'description',
    'reporterName',
    'phone',
    'status',
    'targetArrivalAt',
    'completeByAt',
    'teamId',
    'dispatchedAt',
    'arrivedAt',
    'completedAt',
    'followUpDueAt',
    'workDone',
    'materials',
    'feeFen',
    'customerConfirmed',
    'followedUpAt',
    'satisfaction',
    'followUpNote',
    'reopenCount',
    'closedAt',
    'clerkId',
    'voidedAt',
    'voidReason',
  ),
  overdue: flag(`(${overdueOrder(o.c, '@now')})`),
  escalation: escalation(o.c, '@now'),
  followUpDue: flag(`(${followUpDueOrder(o.c, '@now')})`),
  visitSerialNo: v.nullableCol('serialNo'),
  callSerialNo: k.nullableCol('serialNo'),
  shopName: s.nullableCol('name'),
  teamName: t.nullableCol('name'),
  dispatchedByName: nameOf(o.c.dispatchedBy),
  arrivedByName: nameOf(o.c.arrivedBy),
  completedByName: nameOf(o.c.completedBy),
  followedUpByName: nameOf(o.c.followedUpBy),
  closedByName: nameOf(o.c.closedBy),
  clerkName: c.col('name'),
};
const FROM_ORDERS = `from ${o.from} join ${c.from} on ${c.c.id} = ${o.c.clerkId}
  left join ${t.from} on ${t.c.id} = ${o.c.teamId} left join ${s.from} on ${s.c.id} = ${o.c.shopId}
  left join ${v.from} on ${v.c.id} = ${o.c.visitId} left join ${k.from} on ${k.c.id} = ${o.c.callId}`;

const byId = query(orderView, (list) => `select ${list} ${FROM_ORDERS} where ${o.c.id} = @id`);
const byIds = query(
  orderView,
  (list) => `select ${list} ${FROM_ORDERS} where ${o.c.id} in (select value from json_each(@ids))`,
);
const eventsOf = query(
  { ...e.pick('id', 'at', 'kind', 'fromStatus', 'toStatus', 'text'), clerkName: c.col('name') },
  (list) =>
    `select ${list} from ${e.from} join ${c.from} on ${c.c.id} = ${e.c.clerkId}
     where ${e.c.orderId} = ? order by ${e.c.at}, ${e.c.id}`,
);
const counts = query(
  {
    open: int('count(*)'),
    overdue: int(`coalesce(sum(${overdueOrder(o.c, '@now')}), 0)`),
    followUpDue: int(`coalesce(sum(${followUpDueOrder(o.c, '@now')}), 0)`),
  },
  (list) => `select ${list} from ${o.from} where ${openOrder(o.c)}`,
);

export function getOrder(ctx: ServiceContext, id: string): RepairOrderView {
  const row = byId.get(ctx.sqlite, { id, now: ctx.clock.now() });
  if (!row) throw notFound('errors.repairNotFound');
  return row;
}

/** The orders among `ids` (one read for all of them), as `getOrder` reads each. */
export function getOrders(ctx: ServiceContext, ids: readonly string[]): RepairOrderView[] {
  return byIds.all(ctx.sqlite, { ids: JSON.stringify(ids), now: ctx.clock.now() });
}

export function listEvents(ctx: ServiceContext, id: string): RepairEventView[] {
  return eventsOf.all(ctx.sqlite, id);
}

export function getOrderDetail(ctx: ServiceContext, id: string): RepairOrderDetail {
  return { ...getOrder(ctx, id), events: listEvents(ctx, id) };
}

/** Open orders, escalated ones and those due for a return visit at `now`; the header badges poll it. */
export function repairCounts(ctx: ServiceContext, now: number): RepairCounts {
  return single(counts, ctx.sqlite, { now });
}

export interface RepairFilter {
  from: number | null;
  to: number | null;
  status: string | null;
  category: string | null;
  teamId: string | null;
  onlyOpen: boolean;
  onlyOverdue: boolean;
  onlyFollowUp: boolean;
  text: string;
  includeVoided: boolean;
  cursor: RepairCursor | null;
  limit: number;
}

/** Newest first, keyset-paged on (reported_at, id); open, escalated or due-for-return-visit ones only when asked. */
export function listOrders(ctx: ServiceContext, filter: RepairFilter): RepairPage {
  const where = new SqlWhere()
    .filter(`${o.c.reportedAt} >= @from`, 'from', filter.from)
    .filter(`${o.c.reportedAt} < @to`, 'to', filter.to)
    .filter(`${o.c.status} = @status`, 'status', filter.status)
    .filter(`${o.c.category} = @category`, 'category', filter.category)
    .filter(`${o.c.teamId} = @teamId`, 'teamId', filter.teamId)
    .filter(
      foldedContains([o.c.reporterName, o.c.phone, o.c.serialNo, o.c.location, o.c.description], {
        id: o.c.id,
        names: [o.c.reporterName],
      }),
      'text',
      filter.text,
    );
  if (filter.onlyOverdue) where.always(overdueOrder(o.c, '@now'));
  else if (filter.onlyFollowUp) where.always(followUpDueOrder(o.c, '@now'));
  else if (filter.onlyOpen) where.always(openOrder(o.c));
  if (!filter.includeVoided) where.always(`${o.c.voidedAt} is null`);
  if (filter.cursor)
    where.always(`(${o.c.reportedAt} < @cursorAt or (${o.c.reportedAt} = @cursorAt and ${o.c.id} < @cursorId))`, {
      cursorAt: filter.cursor.reportedAt,
      cursorId: filter.cursor.id,
    });
  const found = query(
    orderView,
    (list) =>
      `select ${list} ${FROM_ORDERS} ${where} order by ${o.c.reportedAt} desc, ${o.c.id} desc limit ${filter.limit + 1}`,
  );
  const rows = found.all(ctx.sqlite, { ...where.params, now: ctx.clock.now() });
  return pageOf(rows, filter.limit, (r) => ({ reportedAt: r.reportedAt, id: r.id }));
}
