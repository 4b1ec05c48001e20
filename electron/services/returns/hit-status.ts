import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getReturn } from './return-queries';

/** A request awaiting a supervisor's decision is open; a settled or rejected one is done. */
export const returnsHitStatus: HitStatusSource = (ctx, id) => {
  const r = orNull(() => getReturn(ctx, id));
  if (!r) return null;
  if (r.voidedAt !== null)
    return hit(r.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  if (r.approvalStatus === 'pending')
    return hit(r.serialNo, { tone: 'dueSoon', labelKey: 'labels.returns.values.approvalStatus.pending', open: true });
  if (r.approvalStatus === 'rejected')
    return hit(r.serialNo, { tone: 'done', labelKey: 'labels.returns.values.approvalStatus.rejected', open: false });
  return hit(r.serialNo, { tone: 'done', labelKey: 'returns.status.settled', open: false });
};
