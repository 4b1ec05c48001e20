import { renovations } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { valueLabel } from '../../../shared/contract/label-text';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { getSite } from '../settings';
import { siteDate } from '../time';
import { renovationInWorks, renovationLive, renovationPending, renovationRefundDue } from './predicates';

const r = tableRef(renovations, 'r');
const inShift = (column: string) => `coalesce(sum(${column} >= @from and ${column} < @to), 0)`;

const ofShift = query(
  {
    applied: int(`coalesce(sum(${r.c.shiftId} = @shift), 0)`),
    approved: int(inShift(r.c.approvedAt)),
    inspected: int(inShift(r.c.inspectedAt)),
    refunded: int(inShift(r.c.refundedAt)),
    // Fees taken with the shift's applications and deposit kept on the shift's refunds: the shift's takings.
    takenFen: int(
      `coalesce(sum(case when ${r.c.shiftId} = @shift then ${r.c.feeFen} else 0 end
        + case when ${r.c.refundedAt} >= @from and ${r.c.refundedAt} < @to then ${r.c.depositFen} - ${r.c.refundFen} else 0 end), 0)`,
    ),
  },
  (list) => `select ${list} from ${r.from} where ${renovationLive(r.c)}`,
);
// Deposits of permits neither refunded nor voided stay in the till from shift to shift, as loan deposits do.
const held = query(
  { fen: int(`coalesce(sum(${r.c.depositFen}), 0)`) },
  (list) => `select ${list} from ${r.from} where ${renovationLive(r.c)} and ${r.c.status} <> 'refunded'`,
);
const open = query(
  r.pick('serialNo', 'status', 'unit', 'ownerName', 'ownerPhone', 'contractor', 'appliedAt', 'endDate'),
  (list) =>
    `select ${list} from ${r.from}
     where ${renovationPending(r.c)} or ${renovationRefundDue(r.c)} or (${renovationInWorks(r.c)} and ${r.c.endDate} < @soon)
     order by ${r.c.endDate}, ${r.c.appliedAt}`,
);

/**
 * 装修申请: applications, approvals, inspections and refunds of the shift; what is open is handed over (applications
 * awaiting approval, works ending today or past their end, deposits due back after a passed inspection).
 */
export const renovationsSection: HandoverSection = {
  key: 'handover.renovations.title',
  compile(ctx, shift, now) {
    const counts = single(ofShift, ctx.sqlite, { shift: shift.id, from: shift.openedAt, to: shift.closedAt });
    const timeZone = getSite(ctx).timeZone;
    const today = siteDate(now, timeZone);
    const soon = siteDate(now + 24 * 60 * 60 * 1000, timeZone);
    const items: HandoverItem[] = open.all(ctx.sqlite, { soon }).map((row) => ({
      serial: row.serialNo,
      name: row.ownerName,
      phoneMasked: maskPhoneForSheet(row.ownerPhone),
      since: row.appliedAt,
      location: row.unit,
      note: [valueLabel('zh-CN', 'renovations', 'status', row.status), row.contractor, `至 ${row.endDate}`].join(' · '),
      overdue: row.status !== 'applied' && row.status !== 'passed' && row.endDate < today,
    }));
    const depositsHeld = single(held, ctx.sqlite).fen;
    return {
      key: this.key,
      counts: [
        { key: 'handover.renovations.applied', value: counts.applied },
        { key: 'handover.renovations.approved', value: counts.approved },
        { key: 'handover.renovations.inspected', value: counts.inspected },
        { key: 'handover.renovations.refunded', value: counts.refunded },
      ],
      open: [{ key: 'handover.renovations.open', items }],
      cash: [
        { key: 'handover.renovations.depositsHeld', fen: depositsHeld },
        { key: 'handover.renovations.taken', fen: counts.takenFen },
      ],
    };
  },
};
