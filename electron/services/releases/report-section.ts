import { releasePasses } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import { countRows, type ReportSection } from '../reports/section';
import { passWaitingAt } from './predicates';

const p = tableRef(releasePasses);
const inPeriod = `${p.c.issuedAt} >= ? and ${p.c.issuedAt} < ? and ${p.c.voidedAt} is null`;

const totals = query(
  {
    issued: int('count(*)'),
    exited: int(`coalesce(sum(${p.c.status} = 'exited'), 0)`),
    stopped: int(`coalesce(sum(${p.c.status} = 'stopped'), 0)`),
    withVehicle: int(`coalesce(sum(${p.c.vehiclePlate} <> ''), 0)`),
    flagged: int(`coalesce(sum(${p.c.unitFlag} <> ''), 0)`),
  },
  (list) => `select ${list} from ${p.from} where ${inPeriod}`,
);
const voided = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${p.from} where ${p.c.voidedAt} >= ? and ${p.c.voidedAt} < ?`,
);
const byReason = query(
  { key: text(p.c.reason), count: int('count(*)') },
  (list) => `select ${list} from ${p.from} where ${inPeriod} group by +${p.c.reason}`,
);
const byHolder = query(
  { key: text(p.c.holderKind), count: int('count(*)') },
  (list) => `select ${list} from ${p.from} where ${inPeriod} group by +${p.c.holderKind}`,
);
const waitingAt = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${p.from} where ${passWaitingAt(p.c, '@asOf')}`,
);

/** 物品放行: passes issued in the period by reason and applicant, how many went out or were stopped at the gate. */
export const releasesReport: ReportSection = {
  module: 'releases',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${p.from} where ${p.c.issuedAt} >= ${from} and ${p.c.issuedAt} < ${to} and ${p.c.voidedAt} is null)`,
  compile(ctx, period) {
    const sums = single(totals, ctx.sqlite, period.from, period.to);
    return {
      module: 'releases',
      figures: [
        { key: 'reports.releases.issued', value: sums.issued, format: 'count' },
        { key: 'reports.releases.exited', value: sums.exited, format: 'count' },
        { key: 'reports.releases.stopped', value: sums.stopped, format: 'count' },
        { key: 'reports.releases.withVehicle', value: sums.withVehicle, format: 'count' },
        { key: 'reports.releases.flagged', value: sums.flagged, format: 'count' },
        {
          key: 'reports.releases.voided',
          value: single(voided, ctx.sqlite, period.from, period.to).count,
          format: 'count',
        },
      ],
      handling: [],
      overdue: [
        {
          key: 'reports.releases.waiting',
          value: single(waitingAt, ctx.sqlite, { asOf: period.asOf }).count,
          format: 'count',
        },
      ],
      breakdowns: [
        {
          key: 'reports.releases.byReason',
          labelPrefix: 'labels.releases.values.reason',
          rows: countRows(byReason.all(ctx.sqlite, period.from, period.to)),
        },
        {
          key: 'reports.releases.byHolder',
          labelPrefix: 'labels.releases.values.holderKind',
          rows: countRows(byHolder.all(ctx.sqlite, period.from, period.to)),
        },
      ],
    };
  },
};
