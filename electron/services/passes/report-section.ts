import { passes } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import { countRows, type ReportSection } from '../reports/section';
import { passOutAt } from './predicates';

const p = tableRef(passes);
const inPeriod = `${p.c.issuedAt} >= ? and ${p.c.issuedAt} < ? and ${p.c.voidedAt} is null`;

const totals = query(
  {
    issued: int('count(*)'),
    deposits: int(`coalesce(sum(${p.c.depositFen}), 0)`),
    fees: int(`coalesce(sum(${p.c.feeFen}), 0)`),
  },
  (list) => `select ${list} from ${p.from} where ${inPeriod}`,
);
const returned = query(
  { count: int('count(*)'), refunded: int(`coalesce(sum(${p.c.refundFen}), 0)`) },
  (list) => `select ${list} from ${p.from} where ${p.c.returnedAt} >= ? and ${p.c.returnedAt} < ?`,
);
const revoked = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${p.from} where ${p.c.voidedAt} >= ? and ${p.c.voidedAt} < ?`,
);
const byKind = query(
  { key: text(p.c.kind), count: int('count(*)') },
  (list) => `select ${list} from ${p.from} where ${inPeriod} group by +${p.c.kind}`,
);
const outAt = query(
  { count: int('count(*)'), expired: int(`coalesce(sum(${p.c.validTo} < @day), 0)`) },
  (list) => `select ${list} from ${p.from} where ${passOutAt(p.c, '@asOf')}`,
);

/** 出入证: passes issued by kind, deposits and fees taken, returned and refunded, revoked; out and expired at the end. */
export const passesReport: ReportSection = {
  module: 'passes',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${p.from} where ${p.c.issuedAt} >= ${from} and ${p.c.issuedAt} < ${to} and ${p.c.voidedAt} is null)`,
  compile(ctx, period) {
    const sums = single(totals, ctx.sqlite, period.from, period.to);
    const back = single(returned, ctx.sqlite, period.from, period.to);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: period.timeZone }).format(period.asOf - 1);
    const atEnd = single(outAt, ctx.sqlite, { asOf: period.asOf, day });
    return {
      module: 'passes',
      figures: [
        { key: 'reports.passes.issued', value: sums.issued, format: 'count' },
        { key: 'reports.passes.deposits', value: sums.deposits, format: 'fen' },
        { key: 'reports.passes.fees', value: sums.fees, format: 'fen' },
        { key: 'reports.passes.returned', value: back.count, format: 'count' },
        { key: 'reports.passes.refunded', value: back.refunded, format: 'fen' },
        {
          key: 'reports.passes.revoked',
          value: single(revoked, ctx.sqlite, period.from, period.to).count,
          format: 'count',
        },
      ],
      handling: [],
      overdue: [
        { key: 'reports.passes.out', value: atEnd.count, format: 'count' },
        { key: 'reports.passes.expired', value: atEnd.expired, format: 'count' },
      ],
      breakdowns: [
        {
          key: 'reports.passes.byKind',
          labelPrefix: 'labels.passes.values.kind',
          rows: countRows(byKind.all(ctx.sqlite, period.from, period.to)),
        },
      ],
    };
  },
};
