import type { ComplaintDetail } from '../../../shared/contract/complaints';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { getDeskHours } from '../settings';
import { write } from '../write';
import { effectiveDeadline, pausedDeadlineBase } from './deadline';
import { getComplaintDetail, listEvents } from './queries';
import { appendEvent, loadForChange, move, transitionRefused } from './transitions';

/** Assign (lead and up) to a department and a person; a second assignment is a reassignment and needs a reason. */
export function assignComplaint(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; departmentId: string; clerkId: string; reason: string },
): ComplaintDetail {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  write(ctx, actor, (tx) => {
    const current = loadForChange(ctx, actor, input.id);
    const reassign = current.assignedClerkId !== null;
    if (reassign && !input.reason.trim()) throw refuse('errors.required', 'reason');
    const department = ctx.sqlite.prepare('select active from departments where id = ?').get(input.departmentId) as
      | { active: number }
      | undefined;
    if (!department?.active) throw refuse('errors.complaintDepartmentInactive', 'departmentId');
    const clerk = ctx.sqlite.prepare('select active from clerks where id = ?').get(input.clerkId) as
      | { active: number }
      | undefined;
    if (!clerk?.active) throw refuse('errors.clerkInactive', 'clerkId');
    if (input.clerkId === current.complainedClerkId) throw refuse('errors.complaintAssigneeComplainedAbout', 'clerkId');
    move(
      ctx,
      tx,
      actor,
      input.id,
      'assigned',
      { assignedDepartmentId: input.departmentId, assignedClerkId: input.clerkId, ownerClerkId: input.clerkId },
      input.reason.trim() || 'assigned',
    );
  });
  return getComplaintDetail(ctx, input.id);
}

/**
 * Start or resume handling, or wait for the customer. Waiting pauses the deadline: it starts from the deadline the
 * earlier pauses moved (kept in `movedDeadlineAt`, unchanged on a complaint paused before this rule), and resuming
 * moves it on by the desk time paused (`effectiveDeadline` at the resume), so a night or a closed day the desk is
 * shut moves it by nothing. `pausedMs` adds the time paused on the clock, which the handling time leaves out.
 */
export function progressComplaint(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; to: 'in_progress' | 'waiting_customer'; reason: string },
): ComplaintDetail {
  if (input.to === 'waiting_customer' && !input.reason.trim()) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const current = loadForChange(ctx, actor, input.id);
    if (input.to === 'waiting_customer') {
      move(
        ctx,
        tx,
        actor,
        input.id,
        'waiting_customer',
        { pausedSince: tx.now, pauseReason: input.reason, movedDeadlineAt: pausedDeadlineBase(current) },
        input.reason,
      );
      return;
    }
    // Reopening after a return visit has its own rule (reopenComplaint); it is not a plain resume.
    if (current.status === 'closed' || current.status === 'return_visited')
      throw transitionRefused(current.status, 'in_progress');
    const paused = current.pausedSince !== null;
    const resumed = paused ? tx.now - (current.pausedSince ?? tx.now) : 0;
    move(
      ctx,
      tx,
      actor,
      input.id,
      'in_progress',
      {
        pausedMs: current.pausedMs + resumed,
        pausedSince: null,
        pauseReason: null,
        ...(paused ? { movedDeadlineAt: effectiveDeadline(getDeskHours(ctx), current, tx.now) } : {}),
      },
      input.reason.trim() || 'in_progress',
    );
  });
  return getComplaintDetail(ctx, input.id);
}

/** Append-only: a note, contact or decision; a correction points at the entry it corrects. */
export function addComplaintEvent(
  ctx: ServiceContext,
  actor: Actor,
  input: {
    id: string;
    kind: 'note' | 'contact' | 'decision' | 'correction';
    text: string;
    correctsEventId: string | null;
  },
): ComplaintDetail {
  if (!input.text.trim()) throw refuse('errors.required', 'text');
  if (input.kind === 'correction' && !input.correctsEventId) throw refuse('errors.required', 'correctsEventId');
  write(ctx, actor, (tx) => {
    loadForChange(ctx, actor, input.id);
    if (input.correctsEventId && !listEvents(ctx, input.id).some((e) => e.id === input.correctsEventId))
      throw refuse('errors.complaintEventNotFound', 'correctsEventId');
    appendEvent(tx, input.id, {
      kind: input.kind,
      text: input.text.trim(),
      correctsEventId: input.kind === 'correction' ? input.correctsEventId : null,
    });
  });
  return getComplaintDetail(ctx, input.id);
}
