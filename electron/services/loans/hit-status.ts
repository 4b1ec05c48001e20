import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getLoan } from './queries';

const tones = { out: 'open', overdue: 'overdue', returned: 'done', kept: 'done', voided: 'voided' } as const;

/** An item still out is open (overdue in red); returned or kept is done. */
export const loansHitStatus: HitStatusSource = (ctx, id) => {
  const l = orNull(() => getLoan(ctx, id));
  if (!l) return null;
  const tone = tones[l.state];
  return hit(l.serialNo, {
    tone,
    labelKey: `labels.loans.values.state.${l.state}`,
    open: tone === 'open' || tone === 'overdue',
  });
};
