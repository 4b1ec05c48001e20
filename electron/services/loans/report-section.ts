import { loans } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef } from '../../../db/sql';
import type { ReportSection } from '../reports/section';

const l = tableRef(loans);

const lent = query(
  { lent: int('count(*)'), deposits: int(`coalesce(sum(${l.c.depositFen}), 0)`) },
  (list) => `select ${list} from ${l.from} where ${l.c.lentAt} >= ? and ${l.c.lentAt} < ? and ${l.c.voidedAt} is null`,
);

const back = query(
  {
    returned: int(`coalesce(sum(${l.c.status} = 'returned'), 0)`),
    late: int(`coalesce(sum(${l.c.status} = 'returned' and ${l.c.returnedAt} > ${l.c.dueAt}), 0)`),
    kept: int(`coalesce(sum(${l.c.status} = 'kept'), 0)`),
    fees: int(`coalesce(sum(case when ${l.c.status} = 'returned' then ${l.c.feeFen} else 0 end), 0)`),
    keptFen: int(
      `coalesce(sum(case when ${l.c.status} = 'kept' then ${l.c.depositFen} - ${l.c.refundFen} else 0 end), 0)`,
    ),
    avgMs: numberOrNull(`avg(case when ${l.c.status} = 'returned' then ${l.c.returnedAt} - ${l.c.lentAt} end)`),
  },
  (list) =>
    `select ${list} from ${l.from} where ${l.c.returnedAt} >= @from and ${l.c.returnedAt} < @to and ${l.c.voidedAt} is null`,
);

/** Out and overdue at the end of the period: lent before it, due before it, not back by then. */
const overdueAt = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${l.from} where ${l.c.lentAt} < @asOf and ${l.c.dueAt} < @asOf and ${l.c.voidedAt} is null
     and (${l.c.status} = 'out' or ${l.c.returnedAt} > @asOf)`,
);

/** 便民借用: loans and deposits taken, returns (late ones), items kept, fees and kept deposits, overdue at the end. */
export const loansReport: ReportSection = {
  module: 'loans',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${l.from} where ${l.c.lentAt} >= ${from} and ${l.c.lentAt} < ${to} and ${l.c.voidedAt} is null)`,
  compile(ctx, period) {
    const a = single(lent, ctx.sqlite, period.from, period.to);
    const b = single(back, ctx.sqlite, { from: period.from, to: period.to });
    return {
      module: 'loans',
      figures: [
        { key: 'reports.loans.lent', value: a.lent, format: 'count' },
        { key: 'reports.loans.deposits', value: a.deposits, format: 'fen' },
        { key: 'reports.loans.returned', value: b.returned, format: 'count' },
        { key: 'reports.loans.late', value: b.late, format: 'count' },
        { key: 'reports.loans.kept', value: b.kept, format: 'count' },
        { key: 'reports.loans.fees', value: b.fees, format: 'fen' },
        { key: 'reports.loans.keptFen', value: b.keptFen, format: 'fen' },
      ],
      handling: [
        { key: 'reports.loans.loanTime', value: Math.round(b.avgMs ?? 0), format: 'duration', count: b.returned },
      ],
      overdue: [
        {
          key: 'reports.loans.overdue',
          value: single(overdueAt, ctx.sqlite, { asOf: period.asOf }).count,
          format: 'count',
        },
      ],
      breakdowns: [],
    };
  },
};
