import type { ReturnView } from '../../../shared/contract/returns';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getReturn, getReturns } from './return-queries';

/** A request awaiting a supervisor's decision is open; a settled or rejected one is done. */
function stateOf(r: ReturnView): HitState {
  if (r.voidedAt !== null)
    return hit(r.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  if (r.approvalStatus === 'pending')
    return hit(r.serialNo, { tone: 'dueSoon', labelKey: 'labels.returns.values.approvalStatus.pending', open: true });
  if (r.approvalStatus === 'rejected')
    return hit(r.serialNo, { tone: 'done', labelKey: 'labels.returns.values.approvalStatus.rejected', open: false });
  return hit(r.serialNo, { tone: 'done', labelKey: 'returns.status.settled', open: false });
}

export const returnsHitStatus = hitStatusSource(getReturn, getReturns, stateOf);
