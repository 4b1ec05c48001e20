import type { ComplaintView } from '../../../shared/contract/complaints';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getComplaint, getComplaints } from './queries';

const closed = new Set(['closed', 'not_accepted']);

/** A complaint is open until closed (or not accepted); its deadline colours it: due soon yellow, overdue red. */
function stateOf(c: ComplaintView): HitState {
  const labelKey = `labels.complaints.values.status.${c.status}`;
  if (closed.has(c.status)) return hit(c.serialNo, { tone: 'done', labelKey, open: false });
  const tone = c.deadlineState === 'overdue' ? 'overdue' : c.deadlineState === 'dueSoon' ? 'dueSoon' : 'open';
  return hit(c.serialNo, { tone, labelKey, open: true });
}

export const complaintsHitStatus = hitStatusSource(getComplaint, getComplaints, stateOf);
