import type { CallView } from '../../../shared/contract/calls';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getCall, getCalls } from './call-queries';

/** A call with a callback promised is open until called back; a call that promised nothing is logged, done. */
function stateOf(c: CallView): HitState {
  if (c.voidedAt !== null)
    return hit(c.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  if (!c.callbackStatus) return hit(c.serialNo, { tone: 'done', labelKey: 'calls.status.logged', open: false });
  if (c.callbackStatus === 'done')
    return hit(c.serialNo, { tone: 'done', labelKey: 'calls.status.calledBack', open: false });
  return hit(c.serialNo, { tone: c.callbackStatus, labelKey: `calls.status.callback.${c.callbackStatus}`, open: true });
}

export const callsHitStatus = hitStatusSource(getCall, getCalls, stateOf);
