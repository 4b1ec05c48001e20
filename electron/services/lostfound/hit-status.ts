import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getItem, getReport } from './queries';

/** An item in custody is open (past its keeping period overdue); a loss report is open until found or closed. */
export const lostfoundHitStatus: HitStatusSource = (ctx, id) => {
  const item = orNull(() => getItem(ctx, id));
  if (item) {
    const labelKey = `labels.lostfound.values.state.${item.state}`;
    if (item.state === 'voided') return hit(item.serialNo, { tone: 'voided', labelKey, open: false });
    if (item.state === 'held') return hit(item.serialNo, { tone: 'open', labelKey, open: true });
    if (item.state === 'due') return hit(item.serialNo, { tone: 'overdue', labelKey, open: true });
    return hit(item.serialNo, { tone: 'done', labelKey, open: false });
  }
  const report = orNull(() => getReport(ctx, id));
  if (!report) return null;
  if (report.voidedAt !== null)
    return hit(report.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  const labelKey = `labels.lostfound.values.reportStatus.${report.status}`;
  return report.status === 'open'
    ? hit(report.serialNo, { tone: 'open', labelKey, open: true })
    : hit(report.serialNo, { tone: 'done', labelKey, open: false });
};
