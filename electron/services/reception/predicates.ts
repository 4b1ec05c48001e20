import type { visits } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Visits = TableRef<typeof visits>['c'];

/**
 * On site: signed in, not signed out, not voided, not a repair report. A visit past the retention period (anonymised) is not on site
 * any more: nobody stays half a year, the clerk forgot to sign them out. The evacuation list, the on-site list,
 * the handover sheet and the reports all use this one rule.
 */
export function onSite(v: Visits): string {
  // A repair report is a work order now (报修派工), not a visitor on site: someone who also comes in is registered
  // with the purpose of their visit.
  return `${v.timeOut} is null and ${v.voidedAt} is null and ${v.anonymisedAt} is null and ${v.purpose} <> 'repair'`;
}
