import { visits } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import { countRows, type ReportSection } from '../reports/section';

const v = tableRef(visits);
const inPeriod = `${v.c.timeIn} >= ? and ${v.c.timeIn} < ? and ${v.c.voidedAt} is null`;

const totals = query(
  { visits: int('count(*)'), visitors: int(`coalesce(sum(${v.c.partySize}), 0)`) },
  (list) => `select ${list} from ${v.from} where ${inPeriod}`,
);

// `+purpose`: search the time range, then group; grouping along a purpose index would walk the whole table.
const byPurpose = query(
  { key: text(v.c.purpose), count: int('count(*)') },
  (list) => `select ${list} from ${v.from} where ${inPeriod} group by +${v.c.purpose}`,
);

/** 来访登记: visits registered in the period, the people they brought, and why they came. */
export const receptionReport: ReportSection = {
  module: 'reception',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${v.from} where ${v.c.timeIn} >= ${from} and ${v.c.timeIn} < ${to} and ${v.c.voidedAt} is null)`,
  compile(ctx, period) {
    const sums = single(totals, ctx.sqlite, period.from, period.to);
    return {
      module: 'reception',
      figures: [
        { key: 'reports.reception.visits', value: sums.visits, format: 'count' },
        { key: 'reports.reception.visitors', value: sums.visitors, format: 'count' },
      ],
      handling: [],
      overdue: [],
      breakdowns: [
        {
          key: 'reports.reception.byPurpose',
          labelPrefix: 'labels.reception.values.purpose',
          rows: countRows(byPurpose.all(ctx.sqlite, period.from, period.to)),
        },
      ],
    };
  },
};
