import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getSlip } from './queries';

const tones = {
  open: 'open',
  overdue: 'overdue',
  unclaimed: 'overdue',
  collected: 'done',
  transferred: 'done',
  voided: 'voided',
} as const;

/** Goods still held (stored, overdue, unclaimed) are open; collected or transferred are done. */
export const storageHitStatus: HitStatusSource = (ctx, id) => {
  const s = orNull(() => getSlip(ctx, id));
  if (!s) return null;
  const tone = tones[s.state];
  return hit(s.serialNo, {
    tone,
    labelKey: `labels.storage.values.state.${s.state}`,
    open: tone === 'open' || tone === 'overdue',
  });
};
