import type { GiftRecordView } from '../../../shared/contract/gifts';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getGiftRecord, getGiftRecords } from './queries';

/** A gift handed out is done; a voided one says so. */
function stateOf(g: GiftRecordView): HitState {
  return hit(g.serialNo, {
    tone: g.state === 'voided' ? 'voided' : 'done',
    labelKey: `labels.gifts.values.state.${g.state}`,
    open: false,
  });
}

export const giftsHitStatus = hitStatusSource(getGiftRecord, getGiftRecords, stateOf);
