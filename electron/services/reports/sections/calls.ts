import { type CountRowSql, countRows, periodIsPast, preparedQuery, type ReportSection } from '../section';

/**
 * 电话记录: calls in and out, by category; callbacks promised by calls of the period and how many were done, the
 * average time from the call to the callback, and callbacks overdue at the end of the period.
 */
export const callsReport: ReportSection = {
  module: 'calls',
  dailyCountSql: (from, to) =>
    `(select count(*) from calls where started_at >= ${from} and started_at < ${to} and voided_at is null)`,
  compile(ctx, period) {
    const totals = preparedQuery(
      ctx.sqlite,
      `select count(*) as calls,
         coalesce(sum(direction = 'incoming'), 0) as incoming,
         coalesce(sum(direction = 'outgoing'), 0) as outgoing,
         coalesce(sum(reply_needed), 0) as promised,
         coalesce(sum(reply_needed = 1 and reply_closed_at is not null), 0) as done,
         avg(case when reply_needed = 1 and reply_closed_at is not null then reply_closed_at - started_at end) as avgMs
       from calls where started_at >= ? and started_at < ? and voided_at is null`,
    ).get(period.from, period.to) as {
      calls: number;
      incoming: number;
      outgoing: number;
      promised: number;
      done: number;
      avgMs: number | null;
    };
    // `+category`: search the time range, then group; grouping along a category index would walk the whole table.
    const byCategory = preparedQuery(
      ctx.sqlite,
      `select category as key, count(*) as count from calls
       where started_at >= ? and started_at < ? and voided_at is null group by +category`,
    ).all(period.from, period.to) as CountRowSql[];
    // Still open now (partial index), plus, for a past period, those answered only after it ended.
    let overdue = preparedQuery(
      ctx.sqlite,
      `select count(*) from calls where reply_needed = 1 and reply_closed_at is null and voided_at is null
         and reply_due_at < @asOf and started_at < @asOf`,
    )
      .pluck()
      .get({ asOf: period.asOf }) as number;
    if (periodIsPast(period))
      overdue += preparedQuery(
        ctx.sqlite,
        `select count(*) from calls where reply_needed = 1 and reply_closed_at > @asOf and voided_at is null
           and reply_due_at < @asOf and started_at < @asOf`,
      )
        .pluck()
        .get({ asOf: period.asOf }) as number;
    return {
      module: 'calls',
      figures: [
        { key: 'reports.calls.calls', value: totals.calls, format: 'count' },
        { key: 'reports.calls.incoming', value: totals.incoming, format: 'count' },
        { key: 'reports.calls.outgoing', value: totals.outgoing, format: 'count' },
        { key: 'reports.calls.promised', value: totals.promised, format: 'count' },
        { key: 'reports.calls.done', value: totals.done, format: 'count' },
      ],
      handling: [
        {
          key: 'reports.calls.callbackTime',
          value: Math.round(totals.avgMs ?? 0),
          format: 'duration',
          count: totals.done,
        },
      ],
      overdue: [{ key: 'reports.calls.overdueCallbacks', value: overdue, format: 'count' }],
      breakdowns: [{ key: 'reports.calls.byCategory', labelPrefix: 'reports.category', rows: countRows(byCategory) }],
    };
  },
};
