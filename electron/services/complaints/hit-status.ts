import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getComplaint } from './queries';

const closed = new Set(['closed', 'not_accepted']);

/** A complaint is open until closed (or not accepted); its deadline colours it: due soon yellow, overdue red. */
export const complaintsHitStatus: HitStatusSource = (ctx, id) => {
  const c = orNull(() => getComplaint(ctx, id));
  if (!c) return null;
  const labelKey = `labels.complaints.values.status.${c.status}`;
  if (closed.has(c.status)) return hit(c.serialNo, { tone: 'done', labelKey, open: false });
  const tone = c.deadlineState === 'overdue' ? 'overdue' : c.deadlineState === 'dueSoon' ? 'dueSoon' : 'open';
  return hit(c.serialNo, { tone, labelKey, open: true });
};
