import type { ComplaintPrintForm, ComplaintView } from '../../../shared/contract/complaints';
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

/**
 * A printout of the complaint printed or reprinted: recorded in the audit log, the record itself unchanged. The 受理回执
 * only once it is accepted, the 投诉处理记录表 only once it is closed; the 客户投诉登记表 whatever its status (a complaint
 * not accepted is filed with its reason too).
 */
export function recordReceiptPrinted(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reprint: boolean; form?: ComplaintPrintForm },
): { ok: true } {
  const form = input.form ?? 'receipt';
  const complaint = getComplaint(ctx, input.id);
  if (form === 'receipt' && (complaint.status === 'received' || complaint.status === 'not_accepted'))
    throw refuse('errors.complaintReceiptNotAccepted');
  if (form === 'record' && complaint.status !== 'closed') throw refuse('errors.complaintRecordNotClosed');
  write(ctx, actor, (tx) =>
    tx.event('complaints', input.id, `${form}_${input.reprint ? 'reprinted' : 'printed'}`, {
      serialNo: complaint.serialNo,
    }),
  );
  return { ok: true };
}
