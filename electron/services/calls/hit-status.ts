import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getCall } from './call-queries';

/** A call with a callback promised is open until called back; a call that promised nothing is logged, done. */
export const callsHitStatus: HitStatusSource = (ctx, id) => {
  const c = orNull(() => getCall(ctx, id));
  if (!c) return null;
  if (c.voidedAt !== null)
    return hit(c.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  if (!c.callbackStatus) return hit(c.serialNo, { tone: 'done', labelKey: 'calls.status.logged', open: false });
  if (c.callbackStatus === 'done')
    return hit(c.serialNo, { tone: 'done', labelKey: 'calls.status.calledBack', open: false });
  return hit(c.serialNo, { tone: c.callbackStatus, labelKey: `calls.status.callback.${c.callbackStatus}`, open: true });
};
