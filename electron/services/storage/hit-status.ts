import type { StorageSlipView } from '../../../shared/contract/storage';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getSlip, getSlipsWithoutPickups } from './queries';

const tones = {
  open: 'open',
  overdue: 'overdue',
  unclaimed: 'overdue',
  collected: 'done',
  transferred: 'done',
  voided: 'voided',
} as const;

/** Goods still held (stored, overdue, unclaimed) are open; collected or transferred are done. */
function stateOf(s: StorageSlipView): HitState {
  const tone = tones[s.state];
  return hit(s.serialNo, {
    tone,
    labelKey: `labels.storage.values.state.${s.state}`,
    open: tone === 'open' || tone === 'overdue',
  });
}

export const storageHitStatus = hitStatusSource(getSlip, getSlipsWithoutPickups, stateOf);
