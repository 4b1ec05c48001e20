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
/** Complaints due within this time are handed over (see the handover section). */
const HAND_OVER_WITHIN_MS = 24 * 3_600_000;

export function complaintsHandoverSummary(ctx: ServiceContext, now: number): ComplaintsHandoverSummary {
  const open = openComplaints(ctx, now);
  // The next shift must see what falls due before it hands over in turn, whatever the screen's due-soon window is.
  const handOverUntil = now + HAND_OVER_WITHIN_MS;
  const attention = open.filter(
    (c) =>
      c.deadlineState === 'overdue' ||
      c.deadlineState === 'dueSoon' ||
      (c.effectiveDeadlineAt !== null && c.effectiveDeadlineAt <= handOverUntil),
  );
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
