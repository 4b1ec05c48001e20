import type { repairOrders } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Orders = TableRef<typeof repairOrders>['c'];

/** A work order not yet closed (the partial index `repair_orders_open` holds exactly these). */
export function openOrder(o: Orders): string {
  return `${o.status} <> 'closed' and ${o.voidedAt} is null`;
}

/** Still waiting for the team at `now` (an SQL expression) past the target arrival time. */
export function overdueOrder(o: Orders, now: string): string {
  return `${openOrder(o)} and ${o.status} in ('pending', 'dispatched') and ${o.targetArrivalAt} < ${now}`;
}

/** Reported before `asOf` and not closed by then (closed later, or not yet). */
export function orderOpenAt(o: Orders, asOf: string): string {
  return `${o.voidedAt} is null and ${o.reportedAt} < ${asOf} and (${o.closedAt} is null or ${o.closedAt} > ${asOf})`;
}

/** Reported before `asOf`, its team not arrived by `asOf`, and past its target arrival by then. */
export function orderOverdueAt(o: Orders, asOf: string): string {
  return `${o.voidedAt} is null and ${o.reportedAt} < ${asOf} and ${o.targetArrivalAt} < ${asOf}
    and (${o.arrivedAt} is null or ${o.arrivedAt} > ${asOf}) and (${o.closedAt} is null or ${o.closedAt} > ${asOf})`;
}
