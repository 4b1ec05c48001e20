import type { repairOrders } from '../../../db/schema';
import { oneOf, type Selected, type TableRef } from '../../../db/sql';
import { type RepairEscalation, repairEscalationValues } from '../../../shared/contract/repair-fields';

type Orders = TableRef<typeof repairOrders>['c'];

/** A work order not yet closed (the partial index `repair_orders_open` holds exactly these). */
export function openOrder(o: Orders): string {
  return `${o.status} <> 'closed' and ${o.voidedAt} is null`;
}

/** Past the target arrival at `now` (an SQL expression) with the team not there yet. */
function lateForArrival(o: Orders, now: string): string {
  return `${o.status} in ('pending', 'dispatched') and ${o.targetArrivalAt} < ${now}`;
}

/** Past the completion limit at `now` and not completed. */
function lateForCompletion(o: Orders, now: string): string {
  return `${o.status} in ('pending', 'dispatched', 'arrived') and ${o.completeByAt} < ${now}`;
}

/** Escalated at `now`: open and past a limit it has not met (arrival or completion). */
export function overdueOrder(o: Orders, now: string): string {
  return `${openOrder(o)} and ((${lateForArrival(o, now)}) or (${lateForCompletion(o, now)}))`;
}

/**
 * Why an order is escalated at `now`, or null: the completion limit first (the later, graver one), then not dispatched,
 * then the team late.
 */
function escalationOf(o: Orders, now: string): string {
  return `case when not (${openOrder(o)}) then null
    when ${lateForCompletion(o, now)} then 'completion'
    when ${o.status} = 'pending' and ${o.targetArrivalAt} < ${now} then 'dispatch'
    when ${o.status} = 'dispatched' and ${o.targetArrivalAt} < ${now} then 'arrival'
    else null end`;
}

/** The escalation as a selected column: its code, or null. */
export function escalation(o: Orders, now: string): Selected<RepairEscalation | null> {
  const sql = `(${escalationOf(o, now)})`;
  const code = oneOf(repairEscalationValues, sql);
  return { sql, decode: (value, key) => (value === null ? null : code.decode(value, key)) };
}

/** Completed, not yet visited, its return visit due at `now`: the desk is reminded to call. */
export function followUpDueOrder(o: Orders, now: string): string {
  return `${o.voidedAt} is null and ${o.status} = 'completed' and ${o.followUpDueAt} <= ${now}`;
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
