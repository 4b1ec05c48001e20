import type { RenovationView } from '../../../shared/contract/renovations';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getRenovation, getRenovations } from './queries';

/** A permit is open until its deposit is refunded; works past their end are overdue. */
function stateOf(r: RenovationView): HitState {
  if (r.voidedAt !== null)
    return hit(r.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  const labelKey = `labels.renovations.values.status.${r.status}`;
  if (r.status === 'refunded') return hit(r.serialNo, { tone: 'done', labelKey, open: false });
  return hit(r.serialNo, { tone: r.overdue ? 'overdue' : 'open', labelKey, open: true });
}

export const renovationsHitStatus = hitStatusSource(getRenovation, getRenovations, stateOf);
