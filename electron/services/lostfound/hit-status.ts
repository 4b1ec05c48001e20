import type { LostfoundItemView, LostfoundReportView } from '../../../shared/contract/lostfound';
import type { HitState, HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getItem, getItems, getReport, getReports } from './queries';

/** An item in custody is open (past its keeping period overdue). */
function itemState(item: LostfoundItemView): HitState {
  const labelKey = `labels.lostfound.values.state.${item.state}`;
  if (item.state === 'voided') return hit(item.serialNo, { tone: 'voided', labelKey, open: false });
  if (item.state === 'held') return hit(item.serialNo, { tone: 'open', labelKey, open: true });
  if (item.state === 'due') return hit(item.serialNo, { tone: 'overdue', labelKey, open: true });
  return hit(item.serialNo, { tone: 'done', labelKey, open: false });
}

/** A loss report is open until found or closed. */
function reportState(report: LostfoundReportView): HitState {
  if (report.voidedAt !== null)
    return hit(report.serialNo, { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false });
  const labelKey = `labels.lostfound.values.reportStatus.${report.status}`;
  return report.status === 'open'
    ? hit(report.serialNo, { tone: 'open', labelKey, open: true })
    : hit(report.serialNo, { tone: 'done', labelKey, open: false });
}

/** The module's hits are items or loss reports: an id is looked up as an item first, as one at a time does. */
export const lostfoundHitStatus: HitStatusSource = (ctx, id) => {
  const item = orNull(() => getItem(ctx, id));
  if (item) return itemState(item);
  const report = orNull(() => getReport(ctx, id));
  return report ? reportState(report) : null;
};

lostfoundHitStatus.many = (ctx, ids) => {
  const states = new Map<string, HitState>();
  for (const item of getItems(ctx, ids)) states.set(item.id, itemState(item));
  const rest = ids.filter((id) => !states.has(id));
  if (rest.length > 0) for (const report of getReports(ctx, rest)) states.set(report.id, reportState(report));
  return states;
};
