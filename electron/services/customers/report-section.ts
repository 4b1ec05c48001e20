import { customers, revisitPlans } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import type { ReportSection } from '../reports/section';
import { countRows } from '../reports/section';
import { overdueVisit } from './predicates';
import { surveyReport } from './survey-report';

const v = tableRef(revisitPlans);
const f = tableRef(customers);

const opened = query(
  { files: int('count(*)') },
  (list) => `select ${list} from ${f.from} where ${f.c.createdAt} >= ? and ${f.c.createdAt} < ?`,
);
const closed = query(
  {
    done: int(`coalesce(sum(${v.c.status} = 'done'), 0)`),
    failed: int(`coalesce(sum(${v.c.status} = 'failed'), 0)`),
    calls: int(`coalesce(sum(${v.c.attempts}), 0)`),
  },
  (list) =>
    `select ${list} from ${v.from} where ${v.c.closedAt} >= ? and ${v.c.closedAt} < ? and ${v.c.status} in ('done', 'failed')`,
);
const bySatisfaction = query(
  { key: text(`coalesce(${v.c.satisfaction}, '')`), count: int('count(*)') },
  (list) =>
    `select ${list} from ${v.from} where ${v.c.closedAt} >= ? and ${v.c.closedAt} < ? and ${v.c.status} = 'done'
     and ${v.c.satisfaction} is not null group by ${v.c.satisfaction}`,
);
/** Planned for a day before the period's end and not made by then. */
const overdueAt = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${v.from} where ${v.c.dueAt} < @asOf and ${v.c.createdAt} < @asOf
     and (${overdueVisit(v.c, '@asOf')} or ${v.c.closedAt} > @asOf)`,
);

/**
 * 客户档案 / 回访 / 满意度调查: files opened, visits made and given up, calls, satisfaction of the visits, overdue at the
 * end; the surveys answered, per source, department or team and question, the trend over months, the unhappy comments.
 */
export const customersReport: ReportSection = {
  module: 'customers',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${f.from} where ${f.c.createdAt} >= ${from} and ${f.c.createdAt} < ${to})`,
  compile(ctx, period) {
    const a = single(opened, ctx.sqlite, period.from, period.to);
    const b = single(closed, ctx.sqlite, period.from, period.to);
    const surveys = surveyReport(ctx, period);
    return {
      module: 'customers',
      figures: [
        { key: 'reports.customers.files', value: a.files, format: 'count' },
        { key: 'reports.customers.visited', value: b.done, format: 'count' },
        { key: 'reports.customers.failed', value: b.failed, format: 'count' },
        { key: 'reports.customers.calls', value: b.calls, format: 'count' },
        ...surveys.figures,
      ],
      handling: [],
      overdue: [
        {
          key: 'reports.customers.overdue',
          value: single(overdueAt, ctx.sqlite, { asOf: period.asOf }).count,
          format: 'count',
        },
      ],
      breakdowns: [
        {
          key: 'reports.customers.satisfaction',
          labelPrefix: 'labels.customers.values.satisfaction',
          rows: countRows(bySatisfaction.all(ctx.sqlite, period.from, period.to)),
        },
        ...surveys.breakdowns,
      ],
      tables: surveys.tables,
      trends: surveys.trends,
      notes: surveys.notes,
    };
  },
};
