import { complaints } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import { periodIsPast, type ReportSection, SATISFACTION_LABELS } from '../reports/section';
import { pausedDeadlineBaseSql } from './deadline';
import { overdueComplaint } from './predicates';
import { complaintStats } from './statistics';

const c = tableRef(complaints);

const overdueNow = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${c.from} where ${overdueComplaint(c.c, '@asOf')} and ${c.c.receivedAt} < @asOf`,
);
const resolvedAfter = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${c.from}
     where ${c.c.resolvedAt} > @asOf and ${pausedDeadlineBaseSql(c.c)} < @asOf and ${c.c.receivedAt} < @asOf`,
);

/**
 * 投诉处理: the complaints module's own statistics (客户投诉统计表) for the period, so that the report and the
 * statistics screen can never disagree; plus complaints overdue at the end of the period (a complaint waiting for
 * the customer is paused, not overdue, as on the complaints screen).
 */
export const complaintsReport: ReportSection = {
  module: 'complaints',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${c.from} where ${c.c.receivedAt} >= ${from} and ${c.c.receivedAt} < ${to})`,
  compile(ctx, period) {
    const stats = complaintStats(ctx, period.from, period.to);
    let overdue = single(overdueNow, ctx.sqlite, { asOf: period.asOf }).count;
    if (periodIsPast(period)) overdue += single(resolvedAfter, ctx.sqlite, { asOf: period.asOf }).count;
    return {
      module: 'complaints',
      figures: [
        { key: 'reports.complaints.received', value: stats.received, format: 'count' },
        { key: 'reports.complaints.notAccepted', value: stats.notAccepted, format: 'count' },
        { key: 'reports.complaints.perDay', value: stats.days ? stats.received / stats.days : 0, format: 'count' },
        { key: 'reports.complaints.resolved', value: stats.resolved, format: 'count' },
        { key: 'reports.complaints.resolutionRate', value: stats.resolutionRate, format: 'rate' },
        { key: 'reports.complaints.withinDeadline', value: stats.withinDeadline, format: 'count' },
        { key: 'reports.complaints.compensation', value: stats.compensationFen, format: 'fen' },
      ],
      handling: [
        {
          key: 'reports.complaints.handlingTime',
          value: stats.averageHandlingMs,
          format: 'duration',
          count: stats.resolved,
        },
      ],
      overdue: [{ key: 'reports.complaints.overdueComplaints', value: overdue, format: 'count' }],
      breakdowns: [
        { key: 'reports.complaints.byType', labelPrefix: 'labels.complaints.values.type', rows: stats.byType },
        { key: 'reports.complaints.byDepartment', labelPrefix: null, rows: stats.byDepartment },
        { key: 'reports.complaints.byCause', labelPrefix: 'labels.complaints.values.cause', rows: stats.byCause },
        { key: 'reports.complaints.byOutcome', labelPrefix: 'labels.complaints.values.outcome', rows: stats.byOutcome },
        { key: 'reports.satisfactionTitle', labelPrefix: SATISFACTION_LABELS, rows: stats.bySatisfaction },
      ],
    };
  },
};
