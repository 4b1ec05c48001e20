import { complaintStats } from '../../complaints/statistics';
import { periodIsPast, preparedQuery, type ReportSection } from '../section';

/**
 * 投诉处理: the complaints module's own statistics (客户投诉统计表) for the period, so that the report and the
 * statistics screen can never disagree; plus complaints overdue at the end of the period (a complaint waiting for
 * the customer is paused, not overdue, as on the complaints screen).
 */
export const complaintsReport: ReportSection = {
  module: 'complaints',
  dailyCountSql: (from, to) => `(select count(*) from complaints where received_at >= ${from} and received_at < ${to})`,
  compile(ctx, period) {
    const stats = complaintStats(ctx, period.from, period.to);
    let overdue = preparedQuery(
      ctx.sqlite,
      `select count(*) from complaints
       where status not in ('not_accepted', 'resolved', 'return_visited', 'closed') and deadline_at < @asOf
         and status <> 'waiting_customer' and deadline_at + paused_ms < @asOf and received_at < @asOf`,
    )
      .pluck()
      .get({ asOf: period.asOf }) as number;
    if (periodIsPast(period))
      overdue += preparedQuery(
        ctx.sqlite,
        `select count(*) from complaints
         where resolved_at > @asOf and deadline_at + paused_ms < @asOf and received_at < @asOf`,
      )
        .pluck()
        .get({ asOf: period.asOf }) as number;
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
        { key: 'reports.complaints.byType', labelPrefix: 'reports.complaintType', rows: stats.byType },
        { key: 'reports.complaints.byDepartment', labelPrefix: null, rows: stats.byDepartment },
        { key: 'reports.complaints.byCause', labelPrefix: 'reports.cause', rows: stats.byCause },
        { key: 'reports.complaints.byOutcome', labelPrefix: 'reports.outcome', rows: stats.byOutcome },
        { key: 'reports.satisfactionTitle', labelPrefix: 'reports.satisfaction', rows: stats.bySatisfaction },
      ],
    };
  },
};
