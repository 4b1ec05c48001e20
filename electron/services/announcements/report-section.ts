import { announcements, lostChildSteps } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef, text } from '../../../db/sql';
import { countRows, type ReportSection } from '../reports/section';

const a = tableRef(announcements);
const s = tableRef(lostChildSteps);
const IN_PERIOD = `${a.c.createdAt} >= ? and ${a.c.createdAt} < ? and ${a.c.voidedAt} is null`;

const logged = query(
  {
    logged: int('count(*)'),
    reads: int(`coalesce(sum(${a.c.timesRead}), 0)`),
    lostChildren: int(`coalesce(sum(${a.c.kind} = 'lost_child'), 0)`),
  },
  (list) => `select ${list} from ${a.from} where ${IN_PERIOD}`,
);

const byKind = query(
  { key: text(a.c.kind), count: int('count(*)') },
  (list) => `select ${list} from ${a.from} where ${IN_PERIOD} group by ${a.c.kind}`,
);

/** Cases closed in the period, to a guardian, and how long from the report to found and to closing. */
const closed = query(
  {
    closed: int('count(*)'),
    toGuardian: int(`coalesce(sum(${a.c.outcome} = 'guardian'), 0)`),
    avgCloseMs: numberOrNull(`avg(${a.c.closedAt} - ${a.c.createdAt})`),
    avgFoundMs: numberOrNull(
      `avg((select min(${s.c.at}) from ${s.from} where ${s.c.announcementId} = ${a.c.id} and ${s.c.step} = 'found') - ${a.c.createdAt})`,
    ),
    found: int(
      `coalesce(sum(exists (select 1 from ${s.from} where ${s.c.announcementId} = ${a.c.id} and ${s.c.step} = 'found')), 0)`,
    ),
  },
  (list) =>
    `select ${list} from ${a.from} where ${a.c.kind} = 'lost_child' and ${a.c.closedAt} >= ? and ${a.c.closedAt} < ? and ${a.c.voidedAt} is null`,
);

/** Open at the end of the period: reported before it and not closed by then. */
const openAt = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${a.from} where ${a.c.kind} = 'lost_child' and ${a.c.createdAt} < @asOf and ${a.c.voidedAt} is null
     and (${a.c.closedAt} is null or ${a.c.closedAt} > @asOf)`,
);

/** 广播: announcements by kind and how often read; lost-child cases, closed, to a guardian, time to found and to close. */
export const announcementsReport: ReportSection = {
  module: 'announcements',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${a.from} where ${a.c.createdAt} >= ${from} and ${a.c.createdAt} < ${to} and ${a.c.voidedAt} is null)`,
  compile(ctx, period) {
    const l = single(logged, ctx.sqlite, period.from, period.to);
    const c = single(closed, ctx.sqlite, period.from, period.to);
    return {
      module: 'announcements',
      figures: [
        { key: 'reports.announcements.logged', value: l.logged, format: 'count' },
        { key: 'reports.announcements.reads', value: l.reads, format: 'count' },
        { key: 'reports.announcements.lostChildren', value: l.lostChildren, format: 'count' },
        { key: 'reports.announcements.closed', value: c.closed, format: 'count' },
        { key: 'reports.announcements.toGuardian', value: c.toGuardian, format: 'count' },
      ],
      handling: [
        {
          key: 'reports.announcements.timeToFound',
          value: Math.round(c.avgFoundMs ?? 0),
          format: 'duration',
          count: c.found,
        },
        {
          key: 'reports.announcements.timeToClose',
          value: Math.round(c.avgCloseMs ?? 0),
          format: 'duration',
          count: c.closed,
        },
      ],
      overdue: [
        {
          key: 'reports.announcements.open',
          value: single(openAt, ctx.sqlite, { asOf: period.asOf }).count,
          format: 'count',
        },
      ],
      breakdowns: [
        {
          key: 'reports.announcements.byKind',
          labelPrefix: 'labels.announcements.values.kind',
          rows: countRows(byKind.all(ctx.sqlite, period.from, period.to)),
        },
      ],
    };
  },
};
