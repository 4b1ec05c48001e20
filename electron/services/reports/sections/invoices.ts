import { periodIsPast, preparedQuery, type ReportSection } from '../section';

/**
 * 开具发票: requests taken in the period (count, amount, how many are still not issued), invoices issued in the
 * period with the average time from request to issue, and requests not issued at the end of the period.
 */
export const invoicesReport: ReportSection = {
  module: 'invoices',
  dailyCountSql: (from, to) =>
    `(select count(*) from invoice_requests where created_at >= ${from} and created_at < ${to} and voided_at is null)`,
  compile(ctx, period) {
    const requests = preparedQuery(
      ctx.sqlite,
      `select count(*) as requests, coalesce(sum(amount_fen), 0) as amount,
         coalesce(sum(status = 'requested'), 0) as notIssued
       from invoice_requests where created_at >= ? and created_at < ? and voided_at is null`,
    ).get(period.from, period.to) as { requests: number; amount: number; notIssued: number };
    const issued = preparedQuery(
      ctx.sqlite,
      `select count(*) as issued, avg(issued_at - created_at) as avgMs from invoice_requests
       where issued_at >= @from and issued_at < @to and created_at < @to and voided_at is null`,
    ).get({ from: period.from, to: period.to }) as { issued: number; avgMs: number | null };
    let open = preparedQuery(
      ctx.sqlite,
      `select count(*) from invoice_requests where status = 'requested' and created_at < @asOf`,
    )
      .pluck()
      .get({ asOf: period.asOf }) as number;
    if (periodIsPast(period))
      open += preparedQuery(
        ctx.sqlite,
        `select count(*) from invoice_requests where issued_at > @asOf and created_at < @asOf and voided_at is null`,
      )
        .pluck()
        .get({ asOf: period.asOf }) as number;
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
