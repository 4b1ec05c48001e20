import { returnRequests } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { ReportSection } from '../reports/section';
import { settled } from './predicates';

const t = tableRef(returnRequests);
const sumWhen = (condition: string, value = '1') =>
  int(`coalesce(sum(case when ${condition} then ${value} else 0 end), 0)`);

const taken = query(
  {
    returns: sumWhen(`${t.c.kind} = 'return'`),
    exchanges: sumWhen(`${t.c.kind} = 'exchange'`),
    // Money figures count settled requests only, as the returns screen's totals do.
    returnFen: sumWhen(`${t.c.kind} = 'return' and ${settled(t.c)}`, t.c.amountFen),
    exchangeFen: sumWhen(`${t.c.kind} = 'exchange' and ${settled(t.c)}`, t.c.amountFen),
    differenceFen: sumWhen(settled(t.c), t.c.priceDifferenceFen),
    exceptions: sumWhen(`${t.c.meetsPolicy} = 0 and ${t.c.exceptionApprovedBy} is not null`),
  },
  (list) =>
    `select ${list} from ${t.from} where ${t.c.createdAt} >= ? and ${t.c.createdAt} < ? and ${t.c.voidedAt} is null`,
);

/** 退换货: returns and exchanges taken in the period, their amounts, price differences and approved exceptions. */
export const returnsReport: ReportSection = {
  module: 'returns',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${t.from} where ${t.c.createdAt} >= ${from} and ${t.c.createdAt} < ${to} and ${t.c.voidedAt} is null)`,
  compile(ctx, period) {
    const r = single(taken, ctx.sqlite, period.from, period.to);
    return {
      module: 'returns',
      figures: [
        { key: 'reports.returns.returns', value: r.returns, format: 'count' },
        { key: 'reports.returns.exchanges', value: r.exchanges, format: 'count' },
        { key: 'reports.returns.returnAmount', value: r.returnFen, format: 'fen' },
        { key: 'reports.returns.exchangeAmount', value: r.exchangeFen, format: 'fen' },
        { key: 'reports.returns.priceDifference', value: r.differenceFen, format: 'fen' },
        { key: 'reports.returns.exceptions', value: r.exceptions, format: 'count' },
      ],
      handling: [],
      overdue: [],
      breakdowns: [],
    };
  },
};
