import type { ComplaintView } from '../../../shared/contract/complaints';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { write } from '../write';
import { getComplaint, openComplaints } from './queries';

export interface ComplaintsHandoverSummary {
  open: number;
  dueSoon: number;
  overdue: number;
  waitingCustomer: number;
  /** The due and overdue ones, most urgent first, for the sheet. */
  attention: Pick<
    ComplaintView,
    'id' | 'serialNo' | 'customerName' | 'urgency' | 'effectiveDeadlineAt' | 'deadlineState' | 'status'
  >[];
}

/** What the handover sheet needs from complaints at `now`. */
export function complaintsHandoverSummary(ctx: ServiceContext, now: number): ComplaintsHandoverSummary {
  const open = openComplaints(ctx, now);
  const attention = open.filter((c) => c.deadlineState === 'overdue' || c.deadlineState === 'dueSoon');
  return {
    open: open.length,
    dueSoon: open.filter((c) => c.deadlineState === 'dueSoon').length,
    overdue: open.filter((c) => c.deadlineState === 'overdue').length,
    waitingCustomer: open.filter((c) => c.status === 'waiting_customer').length,
    attention: attention.map(({ id, serialNo, customerName, urgency, effectiveDeadlineAt, deadlineState, status }) => ({
      id,
      serialNo,
      customerName,
      urgency,
      effectiveDeadlineAt,
      deadlineState,
      status,
    })),
  };
}

/** 受理回执 printed or reprinted: recorded in the audit log, the record itself unchanged. */
export function recordReceiptPrinted(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reprint: boolean },
): { ok: true } {
  const complaint = getComplaint(ctx, input.id);
  if (complaint.status === 'received' || complaint.status === 'not_accepted')
    throw refuse('errors.complaintReceiptNotAccepted');
  write(ctx, actor, (tx) =>
    tx.event('complaints', input.id, input.reprint ? 'receipt_reprinted' : 'receipt_printed', {
      serialNo: complaint.serialNo,
    }),
  );
  return { ok: true };
}
