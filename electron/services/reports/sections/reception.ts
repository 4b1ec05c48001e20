import { type CountRowSql, countRows, preparedQuery, type ReportSection } from '../section';

/** 来访登记: visits registered in the period, the people they brought, and why they came. */
export const receptionReport: ReportSection = {
  module: 'reception',
  dailyCountSql: (from, to) =>
    `(select count(*) from visits where time_in >= ${from} and time_in < ${to} and voided_at is null)`,
  compile(ctx, period) {
    const totals = preparedQuery(
      ctx.sqlite,
      `select count(*) as visits, coalesce(sum(party_size), 0) as visitors from visits
       where time_in >= ? and time_in < ? and voided_at is null`,
    ).get(period.from, period.to) as { visits: number; visitors: number };
    // `+purpose`: search the time range, then group; grouping along a purpose index would walk the whole table.
    const byPurpose = preparedQuery(
      ctx.sqlite,
      `select purpose as key, count(*) as count from visits
       where time_in >= ? and time_in < ? and voided_at is null group by +purpose`,
    ).all(period.from, period.to) as CountRowSql[];
    return {
      module: 'reception',
      figures: [
        { key: 'reports.reception.visits', value: totals.visits, format: 'count' },
        { key: 'reports.reception.visitors', value: totals.visitors, format: 'count' },
      ],
      handling: [],
      overdue: [],
      breakdowns: [{ key: 'reports.reception.byPurpose', labelPrefix: 'reports.purpose', rows: countRows(byPurpose) }],
    };
  },
};
