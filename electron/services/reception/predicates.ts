import type { visits } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Visits = TableRef<typeof visits>['c'];

/**
 * On site: signed in, not signed out, not voided. A visit past the retention period (anonymised) is not on site
 * any more: nobody stays half a year, the clerk forgot to sign them out. The evacuation list, the on-site list,
 * the handover sheet and the reports all use this one rule.
 */
export function onSite(v: Visits): string {
  return `${v.timeOut} is null and ${v.voidedAt} is null and ${v.anonymisedAt} is null`;
}
