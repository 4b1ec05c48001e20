import { repairOrders, repairTeams } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef, text } from '../../../db/sql';
import { countRows, type ReportSection } from '../reports/section';
import { orderOpenAt, orderOverdueAt } from './predicates';

const o = tableRef(repairOrders);
const t = tableRef(repairTeams);
const inPeriod = `${o.c.reportedAt} >= ? and ${o.c.reportedAt} < ? and ${o.c.voidedAt} is null`;

const totals = query(
  {
    received: int('count(*)'),
    urgent: int(`coalesce(sum(${o.c.urgency} = 'urgent'), 0)`),
    completed: int(`coalesce(sum(${o.c.completedAt} is not null), 0)`),
    closed: int(`coalesce(sum(${o.c.closedAt} is not null), 0)`),
    reopened: int(`coalesce(sum(${o.c.reopenCount} > 0), 0)`),
    arrivedCount: int(`coalesce(sum(${o.c.arrivedAt} is not null), 0)`),
    arrivedInTime: int(`coalesce(sum(${o.c.arrivedAt} is not null and ${o.c.arrivedAt} <= ${o.c.targetArrivalAt}), 0)`),
    avgArrivalMs: numberOrNull(`avg(${o.c.arrivedAt} - ${o.c.reportedAt})`),
    avgCompletionMs: numberOrNull(`avg(${o.c.completedAt} - ${o.c.reportedAt})`),
    fees: int(`coalesce(sum(${o.c.feeFen}), 0)`),
  },
  (list) => `select ${list} from ${o.from} where ${inPeriod}`,
);

const byCategory = query(
  { key: text(o.c.category), count: int('count(*)') },
  (list) => `select ${list} from ${o.from} where ${inPeriod} group by +${o.c.category}`,
);
const byTeam = query(
  { key: text(`coalesce(${t.c.name}, '')`), count: int('count(*)') },
  (list) =>
    `select ${list} from ${o.from} left join ${t.from} on ${t.c.id} = ${o.c.teamId}
     where ${inPeriod} and ${o.c.teamId} is not null group by ${t.c.name}`,
);
const bySatisfaction = query(
  { key: text(o.c.satisfaction), count: int('count(*)') },
  (list) =>
    `select ${list} from ${o.from} where ${o.c.followedUpAt} >= ? and ${o.c.followedUpAt} < ? and ${o.c.voidedAt} is null
     and ${o.c.satisfaction} is not null group by ${o.c.satisfaction}`,
);
const openAt = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${o.from} where ${orderOpenAt(o.c, '@asOf')}`,
);
const overdueAt = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${o.from} where ${orderOverdueAt(o.c, '@asOf')}`,
);

/**
 * 报修派工: orders received in the period by category and team, how many were completed and closed, the average
 * time to arrival and to completion, arrivals within target, satisfaction of the return visits made in the period,
 * and orders still open or waiting past their target arrival at the end of the period.
 */
export const repairsReport: ReportSection = {
  module: 'repairs',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${o.from} where ${o.c.reportedAt} >= ${from} and ${o.c.reportedAt} < ${to} and ${o.c.voidedAt} is null)`,
  compile(ctx, period) {
    const sums = single(totals, ctx.sqlite, period.from, period.to);
    return {
      module: 'repairs',
      figures: [
        { key: 'reports.repairs.received', value: sums.received, format: 'count' },
        { key: 'reports.repairs.urgent', value: sums.urgent, format: 'count' },
        { key: 'reports.repairs.completed', value: sums.completed, format: 'count' },
        { key: 'reports.repairs.closed', value: sums.closed, format: 'count' },
        { key: 'reports.repairs.reopened', value: sums.reopened, format: 'count' },
        {
          key: 'reports.repairs.arrivedInTime',
          value: sums.arrivedCount === 0 ? 0 : sums.arrivedInTime / sums.arrivedCount,
          format: 'rate',
        },
        { key: 'reports.repairs.fees', value: sums.fees, format: 'fen' },
      ],
      handling: [
        {
          key: 'reports.repairs.arrivalTime',
          value: Math.round(sums.avgArrivalMs ?? 0),
          format: 'duration',
          count: sums.arrivedCount,
        },
        {
          key: 'reports.repairs.completionTime',
          value: Math.round(sums.avgCompletionMs ?? 0),
          format: 'duration',
          count: sums.completed,
        },
      ],
      overdue: [
        {
          key: 'reports.repairs.openOrders',
          value: single(openAt, ctx.sqlite, { asOf: period.asOf }).count,
          format: 'count',
        },
        {
          key: 'reports.repairs.overdueOrders',
          value: single(overdueAt, ctx.sqlite, { asOf: period.asOf }).count,
          format: 'count',
        },
      ],
      breakdowns: [
        {
          key: 'reports.repairs.byCategory',
          labelPrefix: 'labels.repairs.values.category',
          rows: countRows(byCategory.all(ctx.sqlite, period.from, period.to)),
        },
        {
          key: 'reports.repairs.byTeam',
          labelPrefix: null,
          rows: countRows(byTeam.all(ctx.sqlite, period.from, period.to)),
        },
        {
          key: 'reports.repairs.bySatisfaction',
          labelPrefix: 'labels.repairs.values.satisfaction',
          rows: countRows(bySatisfaction.all(ctx.sqlite, period.from, period.to)),
        },
      ],
    };
  },
};
