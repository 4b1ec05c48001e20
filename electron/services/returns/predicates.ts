import type { returnRequests } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Returns = TableRef<typeof returnRequests>['c'];

/** Awaiting a supervisor's decision: sent for approval, not decided, not voided. */
export function awaitingApproval(r: Returns): string {
  return `${r.approvalStatus} = 'pending' and ${r.voidedAt} is null`;
}

/**
 * Settled: money has moved. Not voided, and either needed no approval or was approved; a return waiting for a
 * decision or refused has refunded nothing. The list's totals and the reports both count only these.
 */
export function settled(r: Returns): string {
  return `${r.voidedAt} is null and ${r.approvalStatus} in ('none', 'approved')`;
}
