import type { returnRequests } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Returns = TableRef<typeof returnRequests>['c'];

/** Awaiting a supervisor's decision: sent for approval, not decided, not voided. */
export function awaitingApproval(r: Returns): string {
  return `${r.approvalStatus} = 'pending' and ${r.voidedAt} is null`;
}
