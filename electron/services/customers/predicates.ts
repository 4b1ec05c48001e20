import type { customers, revisitPlans } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Plans = TableRef<typeof revisitPlans>['c'];
type Files = TableRef<typeof customers>['c'];

/** A file in use: not merged away, not anonymised. */
export function liveFile(f: Files): string {
  return `${f.status} = 'active'`;
}

/** A return visit still to make: the partial index `revisit_plans_due`. */
export function plannedVisit(p: Plans): string {
  return `${p.status} = 'planned'`;
}

/** Due by `dayEnd` (the end of the site's today): on the day's call list. */
export function dueVisit(p: Plans, dayEnd: string): string {
  return `${plannedVisit(p)} and ${p.dueAt} < ${dayEnd}`;
}

/** Planned for a day before `dayStart` (the start of the site's today) and still not made. */
export function overdueVisit(p: Plans, dayStart: string): string {
  return `${plannedVisit(p)} and ${p.dueAt} < ${dayStart}`;
}
