import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getGiftRecord } from './queries';

/** A gift handed out is done; a voided one says so. */
export const giftsHitStatus: HitStatusSource = (ctx, id) => {
  const g = orNull(() => getGiftRecord(ctx, id));
  if (!g) return null;
  return hit(g.serialNo, {
    tone: g.state === 'voided' ? 'voided' : 'done',
    labelKey: `labels.gifts.values.state.${g.state}`,
    open: false,
  });
};
