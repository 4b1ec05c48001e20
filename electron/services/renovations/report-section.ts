import { renovations } from '../../../db/schema';
import { int, numberOrNull, query, single, tableRef } from '../../../db/sql';
import type { ReportSection } from '../reports/section';
import { renovationOpenAt } from './predicates';

const r = tableRef(renovations);
const between = (column: string) => `${column} >= @from and ${column} < @to`;

const sums = query(
  {
    applied: int(`coalesce(sum(${between(r.c.appliedAt)}), 0)`),
    deposits: int(`coalesce(sum(case when ${between(r.c.appliedAt)} then ${r.c.depositFen} else 0 end), 0)`),
    fees: int(`coalesce(sum(case when ${between(r.c.appliedAt)} then ${r.c.feeFen} else 0 end), 0)`),
    approved: int(`coalesce(sum(${between(r.c.approvedAt)}), 0)`),
    avgApprovalMs: numberOrNull(
      `avg(case when ${between(r.c.approvedAt)} then ${r.c.approvedAt} - ${r.c.appliedAt} end)`,
    ),
    passed: int(`coalesce(sum(${between(r.c.inspectedAt)} and ${r.c.lastResult} = 'passed'), 0)`),
    failed: int(`coalesce(sum(${between(r.c.inspectedAt)} and ${r.c.lastResult} = 'failed'), 0)`),
    refunded: int(`coalesce(sum(${between(r.c.refundedAt)}), 0)`),
    refundedFen: int(`coalesce(sum(case when ${between(r.c.refundedAt)} then ${r.c.refundFen} else 0 end), 0)`),
    deductedFen: int(
      `coalesce(sum(case when ${between(r.c.refundedAt)} then ${r.c.depositFen} - ${r.c.refundFen} else 0 end), 0)`,
    ),
  },
  (list) => `select ${list} from ${r.from} where ${r.c.voidedAt} is null`,
);
const voided = query(
  { count: int('count(*)') },
  (list) => `select ${list} from ${r.from} where ${r.c.voidedAt} >= ? and ${r.c.voidedAt} < ?`,
);
// At the period's end: permits still open, those with works past their end, and the deposits still held.
const atEnd = query(
  {
    open: int('count(*)'),
    overdue: int(
      `coalesce(sum((${r.c.refundedAt} is null or ${r.c.refundedAt} > @asOf)
        and (${r.c.inspectedAt} is null or ${r.c.inspectedAt} > @asOf or ${r.c.lastResult} = 'failed')
        and ${r.c.approvedAt} <= @asOf and ${r.c.endDate} < @day), 0)`,
    ),
    depositsHeld: int(`coalesce(sum(${r.c.depositFen}), 0)`),
  },
  (list) => `select ${list} from ${r.from} where ${renovationOpenAt(r.c, '@asOf')}`,
);

/**
 * 装修申请: applications with their deposits and fees, approvals (and how long they took), inspections passed and
 * failed, refunds and deductions; open permits, overdue works and deposits held at the period's end.
 */
export const renovationsReport: ReportSection = {
  module: 'renovations',
  dailyCountSql: (from, to) =>
    `(select count(*) from ${r.from} where ${r.c.appliedAt} >= ${from} and ${r.c.appliedAt} < ${to} and ${r.c.voidedAt} is null)`,
  compile(ctx, period) {
    const s = single(sums, ctx.sqlite, { from: period.from, to: period.to });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: period.timeZone }).format(period.asOf - 1);
    const end = single(atEnd, ctx.sqlite, { asOf: period.asOf, day });
    return {
      module: 'renovations',
      figures: [
        { key: 'reports.renovations.applied', value: s.applied, format: 'count' },
        { key: 'reports.renovations.deposits', value: s.deposits, format: 'fen' },
        { key: 'reports.renovations.fees', value: s.fees, format: 'fen' },
        { key: 'reports.renovations.approved', value: s.approved, format: 'count' },
        { key: 'reports.renovations.passed', value: s.passed, format: 'count' },
        { key: 'reports.renovations.failed', value: s.failed, format: 'count' },
        { key: 'reports.renovations.refunded', value: s.refunded, format: 'count' },
        { key: 'reports.renovations.refundedFen', value: s.refundedFen, format: 'fen' },
        { key: 'reports.renovations.deductedFen', value: s.deductedFen, format: 'fen' },
        {
          key: 'reports.renovations.voided',
          value: single(voided, ctx.sqlite, period.from, period.to).count,
          format: 'count',
        },
      ],
      handling: [
        {
          key: 'reports.renovations.approvalTime',
          value: Math.round(s.avgApprovalMs ?? 0),
          format: 'duration',
          count: s.approved,
        },
      ],
      overdue: [
        { key: 'reports.renovations.open', value: end.open, format: 'count' },
        { key: 'reports.renovations.overdue', value: end.overdue, format: 'count' },
        { key: 'reports.renovations.depositsHeld', value: end.depositsHeld, format: 'fen' },
      ],
      breakdowns: [],
    };
  },
};
