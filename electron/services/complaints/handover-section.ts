import { complaints } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import type { HandoverSection } from '../handover/section';
import { complaintsHandoverSummary } from './handover';

const c = tableRef(complaints, 'c');

const counts = query(
  {
    received: int(`coalesce(sum(case when ${c.c.shiftId} = @id then 1 else 0 end), 0)`),
    closed: int(`coalesce(sum(case when ${c.c.closedAt} >= @from and ${c.c.closedAt} <= @to then 1 else 0 end), 0)`),
  },
  (list) => `select ${list} from ${c.from} where ${c.c.shiftId} = @id or ${c.c.closedAt} >= @from`,
);

/**
 * 投诉处理: complaints received and closed in the shift; those due within 24 hours or overdue are handed over.
 * Deadlines come from the complaints module itself (working days, pauses), not recomputed here.
 */
export const complaintsSection: HandoverSection = {
  key: 'handover.complaints.title',
  compile(ctx, shift, now) {
    const shiftCounts = single(counts, ctx.sqlite, { id: shift.id, from: shift.openedAt, to: shift.closedAt });
    const items: HandoverItem[] = complaintsHandoverSummary(ctx, now).attention.map((complaint) => ({
      serial: complaint.serialNo,
      name: complaint.customerName,
      due: complaint.effectiveDeadlineAt,
      overdue: complaint.deadlineState === 'overdue',
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.complaints.received', value: shiftCounts.received },
        { key: 'handover.complaints.closed', value: shiftCounts.closed },
      ],
      open: [{ key: 'handover.complaints.open', items }],
      cash: [],
    };
  },
};
