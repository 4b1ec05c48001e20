import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { logCall } from '../../electron/services/calls';
import {
  assignComplaint,
  closeComplaint,
  decideComplaint,
  getComplaintDetail,
  prefillFrom,
  progressComplaint,
  recordReturnVisit,
  reopenComplaint,
  resolveComplaint,
} from '../../electron/services/complaints';
import { logCallInput } from '../../shared/contract/calls';
import { complaintTransitions } from '../../shared/contract/complaints';
import { freshDesk } from '../helpers/db';
import {
  counts,
  DAY,
  fileComplaint,
  firstDepartment,
  HOUR,
  refusal,
  resolveArgs,
  toInProgress,
} from './complaints-helpers';

describe('complaints: intake', () => {
  it('registers an accepted complaint with a TS serial, the clerk as first owner and a default deadline', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const c = fileComplaint(desk);
    expect(c.serialNo).toMatch(/^TS-XH-20261124-0001$/);
    expect(c.status).toBe('accepted');
    expect(c.ownerClerkId).toBe(clerk.clerkId);
    // Tuesday 10:00 in Shanghai + 3 working days = Friday 10:00.
    expect(c.deadlineAt).toBe(desk.clock.now() + 3 * DAY);
    expect(c.events.map((e) => e.toStatus)).toEqual(['received', 'accepted']);
    expect(fileComplaint(desk, { urgency: 'very_urgent' }).deadlineAt).toBe(desk.clock.now() + 4 * HOUR);
    expect(fileComplaint(desk, { urgency: 'urgent' }).deadlineAt).toBe(desk.clock.now() + 24 * HOUR);
  });

  it('records not accepted with its reason, and refuses it without one writing nothing', async () => {
    const desk = await freshDesk();
    const c = fileComplaint(desk, { decision: 'not_accept', notAcceptedReason: '不属于本商场经营范围' });
    expect(c.status).toBe('not_accepted');
    expect(c.notAcceptedReason).toBe('不属于本商场经营范围');
    expect(() => fileComplaint(desk, { decision: 'not_accept' })).toThrow();
    const pending = fileComplaint(desk, { decision: 'pending' });
    const before = counts(desk);
    expect(
      refusal(() =>
        decideComplaint(desk.ctx, desk.clerkByRole('clerk'), { id: pending.id, accept: false, reason: ' ' }),
      ).field,
    ).toBe('reason');
    expect(counts(desk)).toEqual(before);
    expect(
      decideComplaint(desk.ctx, desk.clerkByRole('clerk'), { id: pending.id, accept: true, reason: '' }).status,
    ).toBe('accepted');
  });

  it('turns a phone call into a complaint linked both ways, only once', async () => {
    const desk = await freshDesk();
    const call = logCall(
      desk.ctx,
      desk.clerkByRole('clerk'),
      logCallInput.parse({
        direction: 'incoming',
        phone: '13812345678',
        callerName: '刘先生',
        category: 'complaint',
        summary: '停车场被刮车',
      }),
    );
    const prefill = prefillFrom(desk.ctx, 'call', call.id);
    expect(prefill).toMatchObject({
      channel: 'phone',
      customerName: '刘先生',
      phone: '13812345678',
      reason: '停车场被刮车',
    });
    const c = fileComplaint(desk, { ...prefill, callId: call.id });
    expect(c.callId).toBe(call.id);
    expect(desk.ctx.sqlite.prepare('select complaint_id from calls where id = ?').pluck().get(call.id)).toBe(c.id);
    const before = counts(desk);
    expect(refusal(() => fileComplaint(desk, { callId: call.id })).messageKey).toBe('errors.complaintAlreadyLinked');
    expect(counts(desk)).toEqual(before);
  });

  it('refuses a deadline before the time received and a complaint about the registering clerk', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const before = counts(desk);
    expect(refusal(() => fileComplaint(desk, { deadlineAt: desk.clock.now() - 1 })).field).toBe('deadlineAt');
    expect(refusal(() => fileComplaint(desk, { complainedClerkId: clerk.clerkId })).messageKey).toBe(
      'errors.complaintAboutYou',
    );
    expect(counts(desk)).toEqual(before);
  });
});

describe('complaints: status flow', () => {
  it('runs the whole flow with a supervisor-approved compensation, return visit and close', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const c = toInProgress(desk);
    desk.clock.advance(2 * HOUR);
    progressComplaint(desk.ctx, clerk, { id: c.id, to: 'waiting_customer', reason: '等顾客提供购物小票' });
    desk.clock.advance(5 * HOUR);
    const waiting = getComplaintDetail(desk.ctx, c.id);
    expect(waiting.deadlineState).toBe('paused');
    expect(waiting.effectiveDeadlineAt).toBe(c.deadlineAt + 5 * HOUR);
    const resumed = progressComplaint(desk.ctx, clerk, { id: c.id, to: 'in_progress', reason: '' });
    expect(resumed.pausedMs).toBe(5 * HOUR);
    const supervisor = desk.clerkByRole('supervisor');
    const resolved = resolveComplaint(
      desk.ctx,
      clerk,
      resolveArgs(c.id, desk, {
        outcome: 'compensation',
        compensationFen: 50_000,
        approverId: supervisor.clerkId,
        approverPin: '3333',
      }),
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      compensationFen: 50_000,
      compensationApprovedBy: supervisor.clerkId,
    });
    expect(resolved.returnVisitDueAt).toBe(desk.clock.now() + DAY);
    recordReturnVisit(desk.ctx, clerk, { id: c.id, result: '顾客表示满意', satisfaction: 'satisfied' });
    const closed = closeComplaint(desk.ctx, clerk, { id: c.id, noReturnVisitReason: '' });
    expect(closed.status).toBe('closed');
    expect(closed.events.filter((e) => e.kind === 'status').map((e) => e.toStatus)).toEqual([
      'received',
      'accepted',
      'assigned',
      'in_progress',
      'waiting_customer',
      'in_progress',
      'resolved',
      'return_visited',
      'closed',
    ]);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('refuses every transition outside the table, writing nothing', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const lead = desk.clerkByRole('lead');
    const accepted = fileComplaint(desk);
    const before = counts(desk);
    const tries = [
      () => progressComplaint(desk.ctx, clerk, { id: accepted.id, to: 'in_progress', reason: '' }),
      () => progressComplaint(desk.ctx, clerk, { id: accepted.id, to: 'waiting_customer', reason: '等' }),
      () => resolveComplaint(desk.ctx, clerk, resolveArgs(accepted.id, desk)),
      () => recordReturnVisit(desk.ctx, clerk, { id: accepted.id, result: 'x', satisfaction: 'satisfied' }),
      () => closeComplaint(desk.ctx, clerk, { id: accepted.id, noReturnVisitReason: '联系不上' }),
      () => reopenComplaint(desk.ctx, clerk, { id: accepted.id, reason: '再查' }),
      () => decideComplaint(desk.ctx, clerk, { id: accepted.id, accept: true, reason: '' }),
    ];
    for (const attempt of tries) expect(refusal(attempt).messageKey).toBe('errors.complaintTransition');
    const rejected = fileComplaint(desk, { decision: 'not_accept', notAcceptedReason: '重复投诉' });
    const mid = counts(desk);
    expect(
      refusal(() =>
        assignComplaint(desk.ctx, lead, {
          id: rejected.id,
          departmentId: firstDepartment(desk),
          clerkId: clerk.clerkId,
          reason: '',
        }),
      ).messageKey,
    ).toBe('errors.complaintTransition');
    expect(counts(desk)).toEqual(mid);
    expect(before.events).toBeLessThan(mid.events);
    expect(complaintTransitions.not_accepted).toEqual([]);
  });

  it('lets only a lead assign, and asks a reason to reassign', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const lead = desk.clerkByRole('lead');
    const c = fileComplaint(desk);
    const dept = firstDepartment(desk);
    const before = counts(desk);
    expect(
      refusal(() =>
        assignComplaint(desk.ctx, clerk, { id: c.id, departmentId: dept, clerkId: clerk.clerkId, reason: '' }),
      ).code,
    ).toBe('forbidden');
    assignComplaint(desk.ctx, lead, { id: c.id, departmentId: dept, clerkId: clerk.clerkId, reason: '' });
    const mid = counts(desk);
    expect(mid.complaints).toBe(before.complaints);
    expect(
      refusal(() =>
        assignComplaint(desk.ctx, lead, { id: c.id, departmentId: dept, clerkId: lead.clerkId, reason: '' }),
      ).field,
    ).toBe('reason');
    expect(counts(desk)).toEqual(mid);
    const again = assignComplaint(desk.ctx, lead, {
      id: c.id,
      departmentId: dept,
      clerkId: lead.clerkId,
      reason: '原负责人休假',
    });
    expect(again.ownerClerkId).toBe(lead.clerkId);
  });

  it('asks a reason to wait for the customer', async () => {
    const desk = await freshDesk();
    const c = toInProgress(desk);
    const before = counts(desk);
    expect(
      refusal(() =>
        progressComplaint(desk.ctx, desk.clerkByRole('clerk'), { id: c.id, to: 'waiting_customer', reason: '' }),
      ).field,
    ).toBe('reason');
    expect(counts(desk)).toEqual(before);
  });

  it('needs a supervisor above the desk limit and a manager above the supervisor limit; wrong PIN writes no resolution', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const supervisor = desk.clerkByRole('supervisor');
    const manager = desk.clerkByRole('manager');
    const c = toInProgress(desk);
    const before = counts(desk);
    const big = { outcome: 'compensation' as const, compensationFen: 150_000 };
    expect(refusal(() => resolveComplaint(desk.ctx, clerk, resolveArgs(c.id, desk, big))).messageKey).toBe(
      'errors.complaintApprovalManager',
    );
    expect(
      refusal(() =>
        resolveComplaint(
          desk.ctx,
          clerk,
          resolveArgs(c.id, desk, { ...big, approverId: supervisor.clerkId, approverPin: '3333' }),
        ),
      ).code,
    ).toBe('forbidden');
    expect(
      refusal(() =>
        resolveComplaint(
          desk.ctx,
          clerk,
          resolveArgs(c.id, desk, { ...big, approverId: manager.clerkId, approverPin: '0000' }),
        ),
      ).messageKey,
    ).toBe('errors.wrongPin');
    expect(counts(desk).complaints).toBe(before.complaints);
    expect(getComplaintDetail(desk.ctx, c.id).status).toBe('in_progress');
    expect(
      refusal(() => resolveComplaint(desk.ctx, clerk, resolveArgs(c.id, desk, { outcome: 'compensation' }))).field,
    ).toBe('compensationFen');
    const ok = resolveComplaint(
      desk.ctx,
      clerk,
      resolveArgs(c.id, desk, { ...big, approverId: manager.clerkId, approverPin: '4444' }),
    );
    expect(ok.compensationApprovedBy).toBe(manager.clerkId);
    // Within the desk's own limit no approval is asked.
    const small = toInProgress(desk);
    expect(
      resolveComplaint(
        desk.ctx,
        clerk,
        resolveArgs(small.id, desk, { outcome: 'compensation', compensationFen: 5_000 }),
      ).compensationApprovedBy,
    ).toBeNull();
  });
});
