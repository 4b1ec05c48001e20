import { calls } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef, text } from '../../../db/sql';
import { countRows, periodIsPast, type ReportSection } from '../reports/section';
import { openCallback } from './predicates';

const k = tableRef(calls);
const inPeriod = `${k.c.startedAt} >= ? and ${k.c.startedAt} < ? and ${k.c.voidedAt} is null`;
const answered = `${k.c.replyNeeded} = 1 and ${k.c.replyClosedAt} is not null`;

const totals = query(
  {
    calls: int('count(*)'),
    incoming: int(`coalesce(sum(${k.c.direction} = 'incoming'), 0)`),
    outgoing: int(`coalesce(sum(${k.c.direction} = 'outgoing'), 0)`),
    promised: int(`coalesce(sum(${k.c.replyNeeded}), 0)`),
    done: int(`coalesce(sum(${answered}), 0)`),
    avgMs: numberOrNull(`avg(case when ${answered} then ${k.c.replyClosedAt} - ${k.c.startedAt} end)`),
  },
  (list) => `select ${list} from ${k.from} where ${inPeriod}`,
);

// `+category`: search the time range, then group; grouping along a category index would walk the whole table.
const byCategory = query(
  { key: text(k.c.category), count: int('count(*)') },
  (list) => `select ${list} from ${k.from} where ${inPeriod} group by +${k.c.category}`,
);

const dueBefore = `${k.c.replyDueAt} < @asOf and ${k.c.startedAt} < @asOf`;
// Still open now (partial index), plus, for a past period, those answered only after it ended.
const openOverdue = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${k.from} where ${openCallback(k.c)} and ${dueBefore}`,
);
const closedAfter = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${k.from}
     where ${k.c.replyNeeded} = 1 and ${k.c.replyClosedAt} > @asOf and ${k.c.voidedAt} is null and ${dueBefore}`,
);

/**
 * 电话记录: calls in and out, by category; callbacks promised by calls of the period and how many were done, the
 * average time from the call to the callback, and callbacks overdue at the end of the period.
 */
export const callsReport: ReportSection = {
  module: 'calls',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${k.from} where ${k.c.startedAt} >= ${from} and ${k.c.startedAt} < ${to} and ${k.c.voidedAt} is null)`,
  compile(ctx, period) {
    const sums = single(totals, ctx.sqlite, period.from, period.to);
    let overdue = single(openOverdue, ctx.sqlite, { asOf: period.asOf }).count;
    if (periodIsPast(period)) overdue += single(closedAfter, ctx.sqlite, { asOf: period.asOf }).count;
    return {
      module: 'calls',
      figures: [
        { key: 'reports.calls.calls', value: sums.calls, format: 'count' },
        { key: 'reports.calls.incoming', value: sums.incoming, format: 'count' },
        { key: 'reports.calls.outgoing', value: sums.outgoing, format: 'count' },
        { key: 'reports.calls.promised', value: sums.promised, format: 'count' },
        { key: 'reports.calls.done', value: sums.done, format: 'count' },
      ],
      handling: [
        {
          key: 'reports.calls.callbackTime',
          value: Math.round(sums.avgMs ?? 0),
          format: 'duration',
          count: sums.done,
        },
      ],
      overdue: [{ key: 'reports.calls.overdueCallbacks', value: overdue, format: 'count' }],
      breakdowns: [
        {
          key: 'reports.calls.byCategory',
          labelPrefix: 'labels.calls.values.category',
          rows: countRows(byCategory.all(ctx.sqlite, period.from, period.to)),
        },
      ],
    };
  },
};
