import { lostfoundItems, lostfoundReports } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef } from '../../../db/sql';
import type { ReportSection } from '../reports/section';
import { inCustody } from './predicates';

const i = tableRef(lostfoundItems);
const r = tableRef(lostfoundReports);

const found = query(
  {
    found: int('count(*)'),
    valuables: int(`coalesce(sum(${i.c.valuable}), 0)`),
    cash: int(`coalesce(sum(${i.c.cashFen}), 0)`),
  },
  (list) =>
    `select ${list} from ${i.from} where ${i.c.foundAt} >= ? and ${i.c.foundAt} < ? and ${i.c.voidedAt} is null`,
);

const closed = query(
  {
    claimed: int(`coalesce(sum(${i.c.status} = 'claimed'), 0)`),
    police: int(`coalesce(sum(${i.c.status} = 'police'), 0)`),
    disposed: int(`coalesce(sum(${i.c.status} = 'disposed'), 0)`),
    avgMs: numberOrNull(`avg(case when ${i.c.status} = 'claimed' then ${i.c.closedAt} - ${i.c.foundAt} end)`),
  },
  (list) =>
    `select ${list} from ${i.from} where ${i.c.closedAt} >= @from and ${i.c.closedAt} < @to and ${i.c.voidedAt} is null`,
);

const reports = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${r.from} where ${r.c.createdAt} >= ? and ${r.c.createdAt} < ? and ${r.c.voidedAt} is null`,
);

/** Held at the end of the period: found before it, and not closed before it. */
const heldAt = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${i.from} where ${i.c.foundAt} < @asOf and ${i.c.voidedAt} is null
     and (${inCustody(i.c)} or ${i.c.closedAt} > @asOf)`,
);

/** 失物招领: items found (valuables and cash among them), claimed, handed to the police or disposed of. */
export const lostfoundReport: ReportSection = {
  module: 'lostfound',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${i.from} where ${i.c.foundAt} >= ${from} and ${i.c.foundAt} < ${to} and ${i.c.voidedAt} is null)`,
  compile(ctx, period) {
    const f = single(found, ctx.sqlite, period.from, period.to);
    const c = single(closed, ctx.sqlite, { from: period.from, to: period.to });
    return {
      module: 'lostfound',
      figures: [
        { key: 'reports.lostfound.found', value: f.found, format: 'count' },
        { key: 'reports.lostfound.valuables', value: f.valuables, format: 'count' },
        { key: 'reports.lostfound.cash', value: f.cash, format: 'fen' },
        {
          key: 'reports.lostfound.reports',
          value: single(reports, ctx.sqlite, period.from, period.to).count,
          format: 'count',
        },
        { key: 'reports.lostfound.claimed', value: c.claimed, format: 'count' },
        { key: 'reports.lostfound.police', value: c.police, format: 'count' },
        { key: 'reports.lostfound.disposed', value: c.disposed, format: 'count' },
      ],
      handling: [
        { key: 'reports.lostfound.claimTime', value: Math.round(c.avgMs ?? 0), format: 'duration', count: c.claimed },
      ],
      overdue: [
        {
          key: 'reports.lostfound.held',
          value: single(heldAt, ctx.sqlite, { asOf: period.asOf }).count,
          format: 'count',
        },
      ],
      breakdowns: [],
    };
  },
};
