import type { invoiceRequests } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Requests = TableRef<typeof invoiceRequests>['c'];

/** Not issued: requested, no invoice yet, not voided (voiding sets the status, so the status alone says it). */
export function notIssued(r: Requests): string {
  return `${r.status} = 'requested'`;
}
