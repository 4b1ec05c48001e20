import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getOrder } from './queries';

/** An order is open until closed; past its target arrival still waiting for the team, overdue. */
export const repairsHitStatus: HitStatusSource = (ctx, id) => {
  const o = orNull(() => getOrder(ctx, id));
  if (!o) return null;
  if (o.voidedAt !== null)
    return hit(o.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  const labelKey = `labels.repairs.values.status.${o.status}`;
  if (o.status === 'closed') return hit(o.serialNo, { tone: 'done', labelKey, open: false });
  return hit(o.serialNo, { tone: o.overdue ? 'overdue' : 'open', labelKey, open: true });
};
