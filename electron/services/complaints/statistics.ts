import type { ComplaintStats, CountRow } from '../../../shared/contract/complaints';
import type { ServiceContext } from '../context';
import { getSite } from '../settings';
import { localDay } from './calendar';
import { pausedDeadlineBase } from './deadline';

interface StatRow {
  receivedAt: number;
  status: string;
  type: string;
  departmentName: string | null;
  cause: string | null;
  outcome: string | null;
  resolvedAt: number | null;
  deadlineAt: number;
  pausedMs: number;
  movedDeadlineAt: number | null;
  compensationFen: number;
  satisfaction: string | null;
}

function countBy(rows: StatRow[], key: (r: StatRow) => string | null): CountRow[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * 客户投诉总结表/统计表 over complaints received in [from, to). Resolution rate is resolved / accepted (not-accepted
 * complaints are counted as received but not expected to be resolved). "Within deadline" is by the deadline its
 * pauses moved (`pausedDeadlineBase`, as on the screens); handling time leaves out the time spent waiting for the
 * customer on the clock.
 */
export function complaintStats(ctx: ServiceContext, from: number, to: number): ComplaintStats {
  const rows = ctx.sqlite
    .prepare(
      `select c.received_at as receivedAt, c.status, c.type, coalesce(ad.name, d.name) as departmentName, c.cause,
         c.outcome, c.resolved_at as resolvedAt, c.deadline_at as deadlineAt, c.paused_ms as pausedMs,
         c.moved_deadline_at as movedDeadlineAt,
         c.compensation_fen as compensationFen, c.satisfaction
       from complaints c left join departments ad on ad.id = c.assigned_department_id
         left join departments d on d.id = c.department_id
       where c.received_at >= ? and c.received_at < ? order by c.received_at`,
    )
    .all(from, to) as StatRow[];
  const tz = getSite(ctx).timeZone;
  const notAccepted = rows.filter((r) => r.status === 'not_accepted').length;
  const resolved = rows.filter((r) => r.resolvedAt !== null);
  const accepted = rows.length - notAccepted;
  const handling = resolved.map((r) => (r.resolvedAt as number) - r.receivedAt - r.pausedMs);
  const firstDay = localDay(from, tz);
  const lastDay = localDay(to - 1, tz);
  const days = Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / 86_400_000) + 1;
  return {
    from,
    to,
    received: rows.length,
    notAccepted,
    days,
    perDay: countBy(rows, (r) => localDay(r.receivedAt, tz)).sort((a, b) => a.key.localeCompare(b.key)),
    resolved: resolved.length,
    resolutionRate: accepted > 0 ? resolved.length / accepted : 0,
    withinDeadline: resolved.filter((r) => (r.resolvedAt as number) <= pausedDeadlineBase(r)).length,
    averageHandlingMs: handling.length ? Math.round(handling.reduce((a, b) => a + b, 0) / handling.length) : 0,
    byType: countBy(rows, (r) => r.type),
    byDepartment: countBy(rows, (r) => r.departmentName),
    byCause: countBy(resolved, (r) => r.cause),
    byOutcome: countBy(resolved, (r) => r.outcome),
    compensationFen: resolved.reduce((sum, r) => sum + r.compensationFen, 0),
    bySatisfaction: countBy(rows, (r) => r.satisfaction),
  };
}
