import { invoiceRequests } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef } from '../../../db/sql';
import { periodIsPast, type ReportSection } from '../reports/section';
import { notIssued } from './predicates';

const r = tableRef(invoiceRequests);

const taken = query(
  {
    requests: int('count(*)'),
    amount: int(`coalesce(sum(${r.c.amountFen}), 0)`),
    notIssued: int(`coalesce(sum(${notIssued(r.c)}), 0)`),
  },
  (list) =>
    `select ${list} from ${r.from} where ${r.c.createdAt} >= ? and ${r.c.createdAt} < ? and ${r.c.voidedAt} is null`,
);

const issuedInPeriod = query(
  { issued: int('count(*)'), avgMs: numberOrNull(`avg(${r.c.issuedAt} - ${r.c.createdAt})`) },
  (list) =>
    `select ${list} from ${r.from}
     where ${r.c.issuedAt} >= @from and ${r.c.issuedAt} < @to and ${r.c.createdAt} < @to and ${r.c.voidedAt} is null`,
);

const openNow = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${r.from} where ${notIssued(r.c)} and ${r.c.createdAt} < @asOf`,
);
const issuedAfter = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${r.from}
     where ${r.c.issuedAt} > @asOf and ${r.c.createdAt} < @asOf and ${r.c.voidedAt} is null`,
);

/**
 * 开具发票: requests taken in the period (count, amount, how many are still not issued), invoices issued in the
 * period with the average time from request to issue, and requests not issued at the end of the period.
 */
export const invoicesReport: ReportSection = {
  module: 'invoices',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${r.from} where ${r.c.createdAt} >= ${from} and ${r.c.createdAt} < ${to} and ${r.c.voidedAt} is null)`,
  compile(ctx, period) {
    const requests = single(taken, ctx.sqlite, period.from, period.to);
    const issued = single(issuedInPeriod, ctx.sqlite, { from: period.from, to: period.to });
    let open = single(openNow, ctx.sqlite, { asOf: period.asOf }).count;
    if (periodIsPast(period)) open += single(issuedAfter, ctx.sqlite, { asOf: period.asOf }).count;
    return {
      module: 'invoices',
      figures: [
        { key: 'reports.invoices.requests', value: requests.requests, format: 'count' },
        { key: 'reports.invoices.issued', value: issued.issued, format: 'count' },
        { key: 'reports.invoices.notIssued', value: requests.notIssued, format: 'count' },
        { key: 'reports.invoices.amount', value: requests.amount, format: 'fen' },
      ],
      handling: [
        {
          key: 'reports.invoices.issueTime',
          value: Math.round(issued.avgMs ?? 0),
          format: 'duration',
          count: issued.issued,
        },
      ],
      overdue: [{ key: 'reports.invoices.openRequests', value: open, format: 'count' }],
      breakdowns: [],
    };
  },
};
