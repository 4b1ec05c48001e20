import type { RepairOrderView } from '../../../shared/contract/repairs';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getOrder, getOrders } from './queries';

/** An order is open until closed; past its target arrival still waiting for the team, overdue. */
function stateOf(o: RepairOrderView): HitState {
  if (o.voidedAt !== null)
    return hit(o.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  const labelKey = `labels.repairs.values.status.${o.status}`;
  if (o.status === 'closed') return hit(o.serialNo, { tone: 'done', labelKey, open: false });
  return hit(o.serialNo, { tone: o.overdue ? 'overdue' : 'open', labelKey, open: true });
}

export const repairsHitStatus = hitStatusSource(getOrder, getOrders, stateOf);
