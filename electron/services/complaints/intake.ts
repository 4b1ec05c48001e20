import type { z } from 'zod';
import type {
  ComplaintDetail,
  ComplaintPrefill,
  createComplaintInput,
  PendingComplaintCall,
} from '../../../shared/contract/complaints';
import { FUTURE_TOLERANCE_MS } from '../calls/calls';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';
import { getComplaintDetail } from './queries';
import { defaultDeadline } from './settings';
import { appendEvent, guardNotAboutActor, indexComplaint, move } from './transitions';

export const COMPLAINT_SERIAL_PREFIX = 'TS';
type CreateInput = z.output<typeof createComplaintInput>;

interface SourceRow {
  id: string;
  name: string;
  phone: string;
  text: string;
  at: number;
  complaintId: string | null;
  voidedAt: number | null;
}

function loadSource(ctx: ServiceContext, kind: 'call' | 'visit', id: string): SourceRow {
  const sql =
    kind === 'call'
      ? `select id, caller_name as name, phone, summary as text, started_at as at, complaint_id as complaintId,
           voided_at as voidedAt from calls where id = ?`
      : `select id, visitor_name as name, phone, notes as text, time_in as at, complaint_id as complaintId,
           voided_at as voidedAt from visits where id = ?`;
  const row = ctx.sqlite.prepare(sql).get(id) as SourceRow | undefined;
  const field = kind === 'call' ? 'callId' : 'visitId';
  if (!row) throw refuse('errors.notFound', field);
  if (row.voidedAt !== null) throw refuse('errors.complaintSourceVoided', field);
  if (row.complaintId !== null) throw refuse('errors.complaintAlreadyLinked', field);
  return row;
}

/** What the form starts with when a call or a visit becomes a complaint. */
export function prefillFrom(ctx: ServiceContext, kind: 'call' | 'visit', id: string): ComplaintPrefill {
  const row = loadSource(ctx, kind, id);
  return {
    channel: kind === 'call' ? 'phone' : 'in_person',
    customerName: row.name,
    phone: row.phone,
    reason: row.text,
    receivedAt: row.at,
  };
}

export function createComplaint(ctx: ServiceContext, actor: Actor, input: CreateInput): ComplaintDetail {
  if (input.decision === 'not_accept' && !input.notAcceptedReason.trim())
    throw refuse('errors.required', 'notAcceptedReason');
  guardNotAboutActor({ complainedClerkId: input.complainedClerkId }, actor);
  const id = write(ctx, actor, (tx) => {
    const receivedAt = input.receivedAt ?? tx.now;
    if (receivedAt > tx.now + FUTURE_TOLERANCE_MS) throw refuse('errors.futureTime', 'receivedAt');
    const deadlineAt = input.deadlineAt ?? defaultDeadline(ctx, input.urgency, receivedAt);
    if (deadlineAt <= receivedAt) throw refuse('errors.complaintDeadlineBeforeReceipt', 'deadlineAt');
    const call = input.callId ? loadSource(ctx, 'call', input.callId) : null;
    const visit = input.visitId ? loadSource(ctx, 'visit', input.visitId) : null;
    const row = tx.insert('complaints', {
      id: newId(),
      serialNo: tx.serial(COMPLAINT_SERIAL_PREFIX),
      receivedAt,
      channel: input.channel,
      customerName: input.customerName,
      phone: input.phone,
      address: input.address,
      type: input.type,
      reason: input.reason,
      demand: input.demand,
      urgency: input.urgency,
      deadlineAt,
      shopId: input.shopId,
      departmentId: input.departmentId,
      notes: input.notes,
      complainedClerkId: input.complainedClerkId,
      status: 'received',
      notAcceptedReason: null,
      ownerClerkId: actor.clerkId,
      firstOwnerClerkId: actor.clerkId,
      assignedDepartmentId: null,
      assignedClerkId: null,
      pausedMs: 0,
      movedDeadlineAt: null,
      pausedSince: null,
      pauseReason: null,
      cause: null,
      outcome: null,
      resolution: '',
      compensationFen: 0,
      compensationApprovedBy: null,
      resolvedAt: null,
      informedAt: null,
      informedHow: '',
      customerReaction: '',
      returnVisitDueAt: null,
      returnVisitedAt: null,
      returnVisitResult: '',
      satisfaction: null,
      noReturnVisitReason: null,
      closedAt: null,
      reopenCount: 0,
      visitId: visit?.id ?? null,
      callId: call?.id ?? null,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    appendEvent(tx, row.id, { kind: 'status', text: 'received', toStatus: 'received' });
    indexComplaint(tx, row);
    // Linked both ways: the call or visit points at the complaint it became.
    if (call) tx.update('calls', call.id, { complaintId: row.id }, { note: 'complaint_linked' });
    if (visit) tx.update('visits', visit.id, { complaintId: row.id }, { note: 'complaint_linked' });
    if (input.decision === 'accept') move(ctx, tx, actor, row.id, 'accepted', {}, 'accepted');
    if (input.decision === 'not_accept')
      move(
        ctx,
        tx,
        actor,
        row.id,
        'not_accepted',
        { notAcceptedReason: input.notAcceptedReason },
        input.notAcceptedReason,
      );
    return row.id;
  });
  return getComplaintDetail(ctx, id);
}

/** For a complaint left at 'received': accept it, or record why it is not accepted (不予受理理由). */
export function decideComplaint(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; accept: boolean; reason: string },
): ComplaintDetail {
  if (!input.accept && !input.reason.trim()) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) =>
    input.accept
      ? move(ctx, tx, actor, input.id, 'accepted', {}, input.reason || 'accepted')
      : move(ctx, tx, actor, input.id, 'not_accepted', { notAcceptedReason: input.reason }, input.reason),
  );
  return getComplaintDetail(ctx, input.id);
}

export function pendingComplaintCalls(ctx: ServiceContext): PendingComplaintCall[] {
  return ctx.sqlite
    .prepare(
      `select id, serial_no as serialNo, started_at as startedAt, caller_name as callerName, phone, summary
       from calls where category = 'complaint' and complaint_id is null and voided_at is null
       order by started_at desc limit 50`,
    )
    .all() as PendingComplaintCall[];
}

/** Visits whose purpose is a complaint, not yet a complaint record; same shape as the calls for one list. */
export function pendingComplaintVisits(ctx: ServiceContext): PendingComplaintCall[] {
  return ctx.sqlite
    .prepare(
      `select id, serial_no as serialNo, time_in as startedAt, visitor_name as callerName, phone, notes as summary
       from visits where purpose = 'complaint' and complaint_id is null and voided_at is null
       order by time_in desc limit 50`,
    )
    .all() as PendingComplaintCall[];
}
