import { type HandoverSection, preparedQuery } from '../section';

/**
 * 退换货: returns and exchanges taken in the shift. The returns records have no pending-approval state (an exception
 * is approved with a PIN while the request is taken), so nothing of theirs stays open across a handover.
 */
export const returnsSection: HandoverSection = {
  key: 'handover.returns.title',
  compile(ctx, shift) {
    const counts = preparedQuery(
      ctx.sqlite,
      `select
         coalesce(sum(case when kind = 'return' then 1 else 0 end), 0) as returns,
         coalesce(sum(case when kind = 'exchange' then 1 else 0 end), 0) as exchanges
       from return_requests where shift_id = ? and voided_at is null`,
    ).get(shift.id) as { returns: number; exchanges: number };
    return {
      key: this.key,
      counts: [
        { key: 'handover.returns.returns', value: counts.returns },
        { key: 'handover.returns.exchanges', value: counts.exchanges },
      ],
      open: [],
      cash: [],
    };
  },
};
