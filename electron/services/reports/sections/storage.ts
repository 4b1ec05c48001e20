import { periodIsPast, preparedQuery, type ReportSection } from '../section';

/**
 * 物品寄存: slips taken in the period with their fees (charged minus waived) and waivers; slips closed in the period
 * by pickup or transfer of unclaimed goods; the average time from deposit to the final pickup; goods overdue at the
 * end of the period.
 */
export const storageReport: ReportSection = {
  module: 'storage',
  dailyCountSql: (from, to) =>
    `(select count(*) from storage_slips where deposited_at >= ${from} and deposited_at < ${to} and voided_at is null)`,
  compile(ctx, period) {
    const taken = preparedQuery(
      ctx.sqlite,
      `select count(*) as slips, coalesce(sum(fee_fen - waived_fen), 0) as fees, coalesce(sum(waived_fen), 0) as waived
       from storage_slips where deposited_at >= ? and deposited_at < ? and voided_at is null`,
    ).get(period.from, period.to) as { slips: number; fees: number; waived: number };
    const closed = preparedQuery(
      ctx.sqlite,
      `select coalesce(sum(status = 'collected'), 0) as collected, coalesce(sum(status = 'transferred'), 0) as transferred,
         avg(case when status = 'collected' then closed_at - deposited_at end) as avgMs
       from storage_slips where closed_at >= @from and closed_at < @to and deposited_at < @to and voided_at is null`,
    ).get({ from: period.from, to: period.to }) as { collected: number; transferred: number; avgMs: number | null };
    let overdue = preparedQuery(
      ctx.sqlite,
      `select count(*) from storage_slips where status = 'stored' and voided_at is null
         and expected_pickup_at < @asOf and deposited_at < @asOf`,
    )
      .pluck()
      .get({ asOf: period.asOf }) as number;
    if (periodIsPast(period))
      overdue += preparedQuery(
        ctx.sqlite,
        `select count(*) from storage_slips where closed_at > @asOf and voided_at is null
           and expected_pickup_at < @asOf and deposited_at < @asOf`,
      )
        .pluck()
        .get({ asOf: period.asOf }) as number;
    return {
      module: 'storage',
      figures: [
        { key: 'reports.storage.slipsIn', value: taken.slips, format: 'count' },
        { key: 'reports.storage.slipsOut', value: closed.collected, format: 'count' },
        { key: 'reports.storage.transferred', value: closed.transferred, format: 'count' },
        { key: 'reports.storage.fees', value: taken.fees, format: 'fen' },
        { key: 'reports.storage.waived', value: taken.waived, format: 'fen' },
      ],
      handling: [
        {
          key: 'reports.storage.storedTime',
          value: Math.round(closed.avgMs ?? 0),
          format: 'duration',
          count: closed.collected,
        },
      ],
      overdue: [{ key: 'reports.storage.overdueSlips', value: overdue, format: 'count' }],
      breakdowns: [],
    };
  },
};
