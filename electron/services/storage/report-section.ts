import { storageSlips } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef } from '../../../db/sql';
import { periodIsPast, type ReportSection } from '../reports/section';
import { overdue as overdueAt } from './predicates';

const s = tableRef(storageSlips);

const taken = query(
  {
    slips: int('count(*)'),
    fees: int(`coalesce(sum(${s.c.feeFen} - ${s.c.waivedFen}), 0)`),
    waived: int(`coalesce(sum(${s.c.waivedFen}), 0)`),
  },
  (list) =>
    `select ${list} from ${s.from}
     where ${s.c.depositedAt} >= ? and ${s.c.depositedAt} < ? and ${s.c.voidedAt} is null`,
);

const closedInPeriod = query(
  {
    collected: int(`coalesce(sum(${s.c.status} = 'collected'), 0)`),
    transferred: int(`coalesce(sum(${s.c.status} = 'transferred'), 0)`),
    avgMs: numberOrNull(`avg(case when ${s.c.status} = 'collected' then ${s.c.closedAt} - ${s.c.depositedAt} end)`),
  },
  (list) =>
    `select ${list} from ${s.from}
     where ${s.c.closedAt} >= @from and ${s.c.closedAt} < @to and ${s.c.depositedAt} < @to and ${s.c.voidedAt} is null`,
);

const heldOverdue = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${s.from} where ${overdueAt(s.c, '@asOf')} and ${s.c.depositedAt} < @asOf`,
);
const closedAfter = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${s.from} where ${s.c.closedAt} > @asOf and ${s.c.voidedAt} is null
       and ${s.c.expectedPickupAt} < @asOf and ${s.c.depositedAt} < @asOf`,
);

/**
 * 物品寄存: slips taken in the period with their fees (charged minus waived) and waivers; slips closed in the period
 * by pickup or transfer of unclaimed goods; the average time from deposit to the final pickup; goods overdue at the
 * end of the period.
 */
export const storageReport: ReportSection = {
  module: 'storage',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${s.from} where ${s.c.depositedAt} >= ${from} and ${s.c.depositedAt} < ${to} and ${s.c.voidedAt} is null)`,
  compile(ctx, period) {
    const slips = single(taken, ctx.sqlite, period.from, period.to);
    const closed = single(closedInPeriod, ctx.sqlite, { from: period.from, to: period.to });
    let overdue = single(heldOverdue, ctx.sqlite, { asOf: period.asOf }).count;
    if (periodIsPast(period)) overdue += single(closedAfter, ctx.sqlite, { asOf: period.asOf }).count;
    return {
      module: 'storage',
      figures: [
        { key: 'reports.storage.slipsIn', value: slips.slips, format: 'count' },
        { key: 'reports.storage.slipsOut', value: closed.collected, format: 'count' },
        { key: 'reports.storage.transferred', value: closed.transferred, format: 'count' },
        { key: 'reports.storage.fees', value: slips.fees, format: 'fen' },
        { key: 'reports.storage.waived', value: slips.waived, format: 'fen' },
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
