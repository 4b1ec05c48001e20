import type { z } from 'zod';
import { type ComplaintDetail, type resolveInput, UNSATISFIED } from '../../../shared/contract/complaints';
import type { Role } from '../../../shared/contract/roles';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { write } from '../write';
import { getComplaintDetail } from './queries';
import { getComplaintSettings } from './settings';
import { loadForChange, move, requireMove, transitionRefused } from './transitions';

const DAY_MS = 24 * 3600 * 1000;
type ResolveInput = z.output<typeof resolveInput>;

/** Who must approve a compensation: nobody within the desk's limit, a supervisor up to theirs, else a manager. */
export function approvalNeeded(ctx: ServiceContext, fen: number): Role | null {
  const limits = getComplaintSettings(ctx);
  if (fen <= limits.deskLimitFen) return null;
  return fen <= limits.supervisorLimitFen ? 'supervisor' : 'manager';
}

export function resolveComplaint(ctx: ServiceContext, actor: Actor, input: ResolveInput): ComplaintDetail {
  if (input.outcome === 'compensation' && input.compensationFen <= 0)
    throw refuse('errors.complaintCompensationAmount', 'compensationFen');
  // Checked before asking for a PIN, so a refused move never costs an approver a PIN attempt.
  const current = loadForChange(ctx, actor, input.id);
  requireMove(current.status, 'resolved');
  if (input.informedAt > ctx.clock.now() + 5 * 60_000) throw refuse('errors.futureTime', 'informedAt');
  const role = approvalNeeded(ctx, input.compensationFen);
  let approvedBy: string | null = null;
  if (role) {
    if (!input.approverId)
      throw refuse(
        role === 'manager' ? 'errors.complaintApprovalManager' : 'errors.complaintApprovalSupervisor',
        'approverId',
      );
    if (!input.approverPin) throw refuse('errors.required', 'approverPin');
    if (input.approverId === current.complainedClerkId) throw refuse('errors.complaintAboutYou', 'approverId');
    // A wrong PIN is counted and audited in its own write; the resolution is then not written.
    approvedBy = approveWithPin(ctx, actor, { clerkId: input.approverId, pin: input.approverPin }, role).id;
  }
  const after = getComplaintSettings(ctx).returnVisitAfterDays;
  write(ctx, actor, (tx) => {
    move(
      ctx,
      tx,
      actor,
      input.id,
      'resolved',
      {
        cause: input.cause,
        outcome: input.outcome,
        resolution: input.resolution,
        compensationFen: input.compensationFen,
        compensationApprovedBy: approvedBy,
        resolvedAt: tx.now,
        informedAt: input.informedAt,
        informedHow: input.informedHow,
        customerReaction: input.customerReaction,
        returnVisitDueAt: tx.now + after * DAY_MS,
      },
      input.resolution,
    );
  });
  return getComplaintDetail(ctx, input.id);
}

export function recordReturnVisit(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; result: string; satisfaction: NonNullable<ComplaintDetail['satisfaction']> },
): ComplaintDetail {
  write(ctx, actor, (tx) =>
    move(
      ctx,
      tx,
      actor,
      input.id,
      'return_visited',
      { returnVisitedAt: tx.now, returnVisitResult: input.result, satisfaction: input.satisfaction },
      `${input.satisfaction}: ${input.result}`,
    ),
  );
  return getComplaintDetail(ctx, input.id);
}

/** Closing needs a return visit, or a recorded reason why none is possible (the customer cannot be reached…). */
export function closeComplaint(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; noReturnVisitReason: string },
): ComplaintDetail {
  write(ctx, actor, (tx) => {
    const current = loadForChange(ctx, actor, input.id);
    const reason = input.noReturnVisitReason.trim();
    if (current.status === 'resolved' && !reason)
      throw refuse('errors.complaintCloseNeedsVisit', 'noReturnVisitReason');
    move(
      ctx,
      tx,
      actor,
      input.id,
      'closed',
      { closedAt: tx.now, noReturnVisitReason: current.status === 'resolved' ? reason : null },
      reason || 'closed',
    );
  });
  return getComplaintDetail(ctx, input.id);
}

/** Only an unsatisfied return visit reopens a complaint; it goes back into handling. */
export function reopenComplaint(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reason: string },
): ComplaintDetail {
  if (!input.reason.trim()) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const current = loadForChange(ctx, actor, input.id);
    if (current.status !== 'closed' && current.status !== 'return_visited')
      throw transitionRefused(current.status, 'in_progress');
    if (!current.satisfaction || !UNSATISFIED.includes(current.satisfaction))
      throw refuse('errors.complaintReopenSatisfied');
    move(
      ctx,
      tx,
      actor,
      input.id,
      'in_progress',
      {
        closedAt: null,
        resolvedAt: null,
        returnVisitDueAt: null,
        returnVisitedAt: null,
        noReturnVisitReason: null,
        satisfaction: null,
        returnVisitResult: '',
        reopenCount: current.reopenCount + 1,
      },
      input.reason.trim(),
    );
  });
  return getComplaintDetail(ctx, input.id);
}
