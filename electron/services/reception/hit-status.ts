import type { VisitView } from '../../../shared/contract/reception';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getVisit, getVisits } from './visit-queries';

/** A visitor on site is open; one who left, or a repair report (a work order's business), is done. */
function stateOf(v: VisitView): HitState {
  if (v.voidedAt) return hit(v.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  if (v.timeOut) return hit(v.serialNo, { tone: 'done', labelKey: 'reception.list.left', open: false });
  if (v.purpose === 'repair')
    return hit(v.serialNo, { tone: 'done', labelKey: 'reception.status.recorded', open: false });
  return hit(v.serialNo, { tone: 'open', labelKey: 'reception.list.onSite', open: true });
}

export const receptionHitStatus = hitStatusSource(getVisit, getVisits, stateOf);
