import type { renovations } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Renovations = TableRef<typeof renovations>['c'];

/** Not voided. */
export function renovationLive(r: Renovations): string {
  return `${r.voidedAt} is null`;
}

/** Applied, waiting for a lead's approval. */
export function renovationPending(r: Renovations): string {
  return `${r.status} = 'applied' and ${renovationLive(r)}`;
}

/** Approved and not yet passed inspection: the works are under way (or being put right). */
export function renovationInWorks(r: Renovations): string {
  return `${r.status} in ('approved', 'failed') and ${renovationLive(r)}`;
}

/** Works under way after their last day; `today` is an SQL expression for the site's day (YYYY-MM-DD). */
export function renovationOverdue(r: Renovations, today: string): string {
  return `${renovationInWorks(r)} and ${r.endDate} < ${today}`;
}

/** Passed inspection, the deposit not yet refunded. */
export function renovationRefundDue(r: Renovations): string {
  return `${r.status} = 'passed' and ${renovationLive(r)}`;
}

/** Applied before `asOf` and, by then, neither refunded nor voided. */
export function renovationOpenAt(r: Renovations, asOf: string): string {
  return `${r.appliedAt} < ${asOf} and (${r.refundedAt} is null or ${r.refundedAt} > ${asOf})
    and (${r.voidedAt} is null or ${r.voidedAt} > ${asOf})`;
}
