import type { HandoverItem } from '../../../../shared/contract/handover';
import { complaintsHandoverSummary } from '../../complaints/handover';
import { type HandoverSection, preparedQuery } from '../section';

/**
 * 投诉处理: complaints received and closed in the shift; those due within 24 hours or overdue are handed over.
 * Deadlines come from the complaints module itself (working days, pauses), not recomputed here.
 */
export const complaintsSection: HandoverSection = {
  key: 'handover.complaints.title',
  compile(ctx, shift, now) {
    const counts = preparedQuery(
      ctx.sqlite,
      `select
         coalesce(sum(case when shift_id = @id then 1 else 0 end), 0) as received,
         coalesce(sum(case when closed_at >= @from and closed_at <= @to then 1 else 0 end), 0) as closed
       from complaints where shift_id = @id or closed_at >= @from`,
    ).get({ id: shift.id, from: shift.openedAt, to: shift.closedAt }) as { received: number; closed: number };
    const items: HandoverItem[] = complaintsHandoverSummary(ctx, now).attention.map((c) => ({
      serial: c.serialNo,
      name: c.customerName,
      due: c.effectiveDeadlineAt,
      overdue: c.deadlineState === 'overdue',
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.complaints.received', value: counts.received },
        { key: 'handover.complaints.closed', value: counts.closed },
      ],
      open: [{ key: 'handover.complaints.open', items }],
      cash: [],
    };
  },
};
