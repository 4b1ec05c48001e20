import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getRenovation } from './queries';

/** A permit is open until its deposit is refunded; works past their end are overdue. */
export const renovationsHitStatus: HitStatusSource = (ctx, id) => {
  const r = orNull(() => getRenovation(ctx, id));
  if (!r) return null;
  if (r.voidedAt !== null)
    return hit(r.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  const labelKey = `labels.renovations.values.status.${r.status}`;
  if (r.status === 'refunded') return hit(r.serialNo, { tone: 'done', labelKey, open: false });
  return hit(r.serialNo, { tone: r.overdue ? 'overdue' : 'open', labelKey, open: true });
};
