import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getVisit } from './visit-queries';

/** A visitor on site is open; one who left, or a repair report (a work order's business), is done. */
export const receptionHitStatus: HitStatusSource = (ctx, id) => {
  const v = orNull(() => getVisit(ctx, id));
  if (!v) return null;
  if (v.voidedAt) return hit(v.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  if (v.timeOut) return hit(v.serialNo, { tone: 'done', labelKey: 'reception.list.left', open: false });
  if (v.purpose === 'repair')
    return hit(v.serialNo, { tone: 'done', labelKey: 'reception.status.recorded', open: false });
  return hit(v.serialNo, { tone: 'open', labelKey: 'reception.list.onSite', open: true });
};
