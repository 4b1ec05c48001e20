import { preparedQuery, type ReportSection } from '../section';

/** 退换货: returns and exchanges taken in the period, their amounts, price differences and approved exceptions. */
export const returnsReport: ReportSection = {
  module: 'returns',
  dailyCountSql: (from, to) =>
    `(select count(*) from return_requests where created_at >= ${from} and created_at < ${to} and voided_at is null)`,
  compile(ctx, period) {
    const r = preparedQuery(
      ctx.sqlite,
      `select coalesce(sum(kind = 'return'), 0) as returns, coalesce(sum(kind = 'exchange'), 0) as exchanges,
         coalesce(sum(case when kind = 'return' then amount_fen else 0 end), 0) as returnFen,
         coalesce(sum(case when kind = 'exchange' then amount_fen else 0 end), 0) as exchangeFen,
         coalesce(sum(price_difference_fen), 0) as differenceFen,
         coalesce(sum(meets_policy = 0 and exception_approved_by is not null), 0) as exceptions
       from return_requests where created_at >= ? and created_at < ? and voided_at is null`,
    ).get(period.from, period.to) as {
      returns: number;
      exchanges: number;
      returnFen: number;
      exchangeFen: number;
      differenceFen: number;
      exceptions: number;
    };
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
