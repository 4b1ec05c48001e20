import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  assignComplaint,
  complaintAttention,
  complaintStats,
  complaintsHandoverSummary,
  getComplaint,
  listComplaints,
  progressComplaint,
  resolveComplaint,
} from '../../electron/services/complaints';
import { complaintsHitStatus } from '../../electron/services/complaints/hit-status';
import { complaintsReport } from '../../electron/services/complaints/report-section';
import { openForPhones } from '../../electron/services/customers/open';
import { writeSetting } from '../../electron/services/settings';
import type { ComplaintView } from '../../shared/contract/complaints-views';
import { freshDesk, type TestDesk } from '../helpers/db';
import { fileComplaint, firstDepartment, HOUR, MINUTE, resolveArgs } from './complaints-helpers';

/** A moment on the site's clock (Shanghai is UTC+8 all year). Default hours: weekdays 09:30–22:00. */
const at = (local: string) => Date.parse(`${local}+08:00`);

/**
 * A complaint in progress with the promised deadline `deadline` (site time), filed at Tuesday 2026-11-24 10:00.
 */
function inProgress(desk: TestDesk, deadline: string, phone = '13900001111'): ComplaintView {
  desk.clock.current = at('2026-11-24T10:00');
  const c = fileComplaint(desk, { deadlineAt: at(deadline), phone });
  assignComplaint(desk.ctx, desk.clerkByRole('lead'), {
    id: c.id,
    departmentId: firstDepartment(desk),
    clerkId: desk.clerkByRole('clerk').clerkId,
    reason: '',
  });
  progressComplaint(desk.ctx, desk.clerkByRole('clerk'), { id: c.id, to: 'in_progress', reason: '' });
  return getComplaint(desk.ctx, c.id);
}

function pauseAt(desk: TestDesk, id: string, local: string): ComplaintView {
  desk.clock.current = at(local);
  return progressComplaint(desk.ctx, desk.clerkByRole('clerk'), {
    id,
    to: 'waiting_customer',
    reason: '等顾客提供购物小票',
  });
}

function resumeAt(desk: TestDesk, id: string, local: string): ComplaintView {
  desk.clock.current = at(local);
  return progressComplaint(desk.ctx, desk.clerkByRole('clerk'), { id, to: 'in_progress', reason: '' });
}

describe('complaint pause: the deadline moves by the desk time paused', () => {
  it('a pause from 21:00 to 09:30 the next morning moves it by the hour before closing, not the night', async () => {
    const desk = await freshDesk();
    const c = inProgress(desk, '2026-11-27T10:00');
    pauseAt(desk, c.id, '2026-11-24T21:00');
    const resumed = resumeAt(desk, c.id, '2026-11-25T09:30');
    expect(resumed.movedDeadlineAt).toBe(at('2026-11-27T11:00'));
    expect(resumed.effectiveDeadlineAt).toBe(at('2026-11-27T11:00'));
    expect(resumed.deadlineMovedMs).toBe(HOUR);
    // Bad case: the night on the clock (12 h 30) is not what moved it; paused_ms keeps the clock time.
    expect(resumed.effectiveDeadlineAt).not.toBe(at('2026-11-27T22:30'));
    expect(resumed.pausedMs).toBe(12.5 * HOUR);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('a pause across a closed day counts none of that day', async () => {
    const desk = await freshDesk();
    writeSetting(desk.ctx, null, 'closedDays', { days: [{ date: '2026-11-25', name: '设备检修闭店' }] });
    const c = inProgress(desk, '2026-11-27T10:00');
    pauseAt(desk, c.id, '2026-11-24T21:30');
    // 30 minutes on Tuesday evening, none on the closed Wednesday, 30 on Thursday morning.
    const resumed = resumeAt(desk, c.id, '2026-11-26T10:00');
    expect(resumed.effectiveDeadlineAt).toBe(at('2026-11-27T11:00'));
    // Bad case: had Wednesday counted as an open day, its 12 h 30 would have moved it past Friday's closing.
    expect(resumed.effectiveDeadlineAt).not.toBe(at('2026-11-28T11:00'));
    expect(resumed.pausedMs).toBe(36.5 * HOUR);
  });

  it('a pause within opening hours moves it by the same time, spilling past closing into the next opening', async () => {
    const desk = await freshDesk();
    const c = inProgress(desk, '2026-11-26T21:45');
    pauseAt(desk, c.id, '2026-11-24T12:00');
    const resumed = resumeAt(desk, c.id, '2026-11-24T13:00');
    // One hour: 15 minutes before Thursday's closing, 45 from Friday's opening.
    expect(resumed.effectiveDeadlineAt).toBe(at('2026-11-27T10:15'));
    expect(resumed.pausedMs).toBe(HOUR);
    // Bad case: not at 22:45, when the desk is closed.
    expect(resumed.effectiveDeadlineAt).not.toBe(at('2026-11-26T22:45'));
    // A second pause moves on from the deadline the first one moved.
    pauseAt(desk, c.id, '2026-11-24T14:00');
    expect(resumeAt(desk, c.id, '2026-11-24T14:30').effectiveDeadlineAt).toBe(at('2026-11-27T10:45'));
  });

  it('a pause still running counts desk time up to now, and nothing while the desk is closed', async () => {
    const desk = await freshDesk();
    const c = inProgress(desk, '2026-11-27T10:00');
    pauseAt(desk, c.id, '2026-11-24T21:00');
    const viewAt = (local: string) => {
      desk.clock.current = at(local);
      return getComplaint(desk.ctx, c.id);
    };
    const night = viewAt('2026-11-25T03:00');
    expect(night.deadlineState).toBe('paused');
    expect(night.effectiveDeadlineAt).toBe(at('2026-11-27T11:00'));
    // Bad case: six hours on the clock since the pause would have given 16:00.
    expect(night.effectiveDeadlineAt).not.toBe(at('2026-11-27T16:00'));
    expect(viewAt('2026-11-25T10:00').effectiveDeadlineAt).toBe(at('2026-11-27T11:30'));
    // The resume keeps what the running pause showed at that moment.
    expect(resumeAt(desk, c.id, '2026-11-25T10:00').effectiveDeadlineAt).toBe(at('2026-11-27T11:30'));
  });

  it('a pause entirely while the desk is closed moves nothing', async () => {
    const desk = await freshDesk();
    const c = inProgress(desk, '2026-11-27T10:00');
    pauseAt(desk, c.id, '2026-11-24T22:10');
    const resumed = resumeAt(desk, c.id, '2026-11-25T09:00');
    expect(resumed.effectiveDeadlineAt).toBe(at('2026-11-27T10:00'));
    expect(resumed.deadlineMovedMs).toBe(0);
    expect(resumed.pausedMs).toBe(10 * HOUR + 50 * MINUTE);
  });
});

describe('complaint pause: every count reads the same moved deadline', () => {
  it('list, badge, handover, search, customer file, report and statistics agree on one complaint', async () => {
    const desk = await freshDesk();
    // Promised Wednesday 10:00; paused Tuesday 21:00 to Wednesday 09:30, one desk hour: due Wednesday 11:00.
    const late = inProgress(desk, '2026-11-25T10:00', '13900002222');
    const onTime = inProgress(desk, '2026-11-25T10:00', '13900003333');
    pauseAt(desk, late.id, '2026-11-24T21:00');
    pauseAt(desk, onTime.id, '2026-11-24T21:00');
    resumeAt(desk, late.id, '2026-11-25T09:30');
    resumeAt(desk, onTime.id, '2026-11-25T09:30');
    desk.clock.current = at('2026-11-25T10:45');
    resolveComplaint(desk.ctx, desk.clerkByRole('clerk'), resolveArgs(onTime.id, desk));

    // Wednesday 12:00: an hour past the moved deadline. On the clock (22:30) it would not be overdue yet.
    const now = at('2026-11-25T12:00');
    desk.clock.current = now;
    const listed = listComplaints(desk.ctx, { scope: 'open', text: '', cursor: null, limit: 50 }).rows;
    const row = listed.find((r) => r.id === late.id);
    expect(row?.effectiveDeadlineAt).toBe(at('2026-11-25T11:00'));
    expect(row?.deadlineState).toBe('overdue');
    expect(complaintAttention(desk.ctx, now).overdue).toBe(1);
    const handover = complaintsHandoverSummary(desk.ctx, now);
    expect(handover.overdue).toBe(1);
    expect(handover.attention).toEqual([
      expect.objectContaining({ id: late.id, effectiveDeadlineAt: at('2026-11-25T11:00'), deadlineState: 'overdue' }),
    ]);
    expect(complaintsHitStatus(desk.ctx, late.id)?.status.tone).toBe('overdue');
    expect(openForPhones(desk.ctx.sqlite, ['13900002222'], now)).toEqual([
      expect.objectContaining({ entityId: late.id, due: at('2026-11-25T11:00'), overdue: true }),
    ]);
    const period = {
      from: at('2026-11-24T00:00'),
      to: at('2026-11-26T00:00'),
      asOf: now,
      now,
      timeZone: 'Asia/Shanghai',
    };
    const overdueFigure = () => complaintsReport.compile(desk.ctx, period).overdue[0]?.value;
    expect(overdueFigure()).toBe(1);
    const stats = complaintStats(desk.ctx, period.from, period.to);
    expect(stats.resolved).toBe(1);
    expect(stats.withinDeadline).toBe(1);

    // Resolved at 12:00, after its moved deadline: not within it (on the clock it would have been, by 22:30).
    resolveComplaint(desk.ctx, desk.clerkByRole('clerk'), resolveArgs(late.id, desk));
    expect(complaintStats(desk.ctx, period.from, period.to)).toMatchObject({ resolved: 2, withinDeadline: 1 });
    // A report as of 11:30, compiled later: the complaint was overdue then, resolved since.
    expect(complaintsReport.compile(desk.ctx, { ...period, asOf: at('2026-11-25T11:30') }).overdue[0]?.value).toBe(1);
    // Bad case: as of 10:59, before the moved deadline, nothing was overdue (the plain promise had passed).
    expect(complaintsReport.compile(desk.ctx, { ...period, asOf: at('2026-11-25T10:59') }).overdue[0]?.value).toBe(0);
  });

  it('a complaint waiting for the customer is paused everywhere, not overdue and without a fixed due time', async () => {
    const desk = await freshDesk();
    const c = inProgress(desk, '2026-11-25T10:00');
    pauseAt(desk, c.id, '2026-11-24T21:00');
    const now = at('2026-11-26T12:00');
    desk.clock.current = now;
    expect(getComplaint(desk.ctx, c.id).deadlineState).toBe('paused');
    expect(complaintAttention(desk.ctx, now)).toMatchObject({ open: 1, overdue: 0, dueSoon: 0 });
    expect(complaintsHandoverSummary(desk.ctx, now).overdue).toBe(0);
    const period = {
      from: at('2026-11-24T00:00'),
      to: at('2026-11-27T00:00'),
      asOf: now,
      now,
      timeZone: 'Asia/Shanghai',
    };
    expect(complaintsReport.compile(desk.ctx, period).overdue[0]?.value).toBe(0);
    expect(openForPhones(desk.ctx.sqlite, ['13900001111'], now)).toEqual([
      expect.objectContaining({ entityId: c.id, due: null, overdue: false }),
    ]);
  });
});

describe('complaint pause: a complaint paused before migration 0048 keeps its old result', () => {
  /** The state 0048 left a complaint resumed before it: the pause on the clock, no moved deadline. */
  function asBefore0048(desk: TestDesk, id: string): void {
    desk.ctx.sqlite.prepare('update complaints set moved_deadline_at = null where id = ?').run(id);
  }

  it('a finished pause keeps the promise plus the time paused on the clock, in every count', async () => {
    const desk = await freshDesk();
    const c = inProgress(desk, '2026-11-25T10:00');
    pauseAt(desk, c.id, '2026-11-24T21:00');
    resumeAt(desk, c.id, '2026-11-25T09:30');
    asBefore0048(desk, c.id);
    const now = at('2026-11-25T12:00');
    desk.clock.current = now;
    const old = getComplaint(desk.ctx, c.id);
    expect(old.effectiveDeadlineAt).toBe(at('2026-11-25T22:30'));
    expect(old.deadlineState).not.toBe('overdue');
    // Bad case: the desk-time rule (11:00) is not applied to it behind the clerk's back.
    expect(old.effectiveDeadlineAt).not.toBe(at('2026-11-25T11:00'));
    expect(complaintAttention(desk.ctx, now).overdue).toBe(0);
    const period = {
      from: at('2026-11-24T00:00'),
      to: at('2026-11-26T00:00'),
      asOf: now,
      now,
      timeZone: 'Asia/Shanghai',
    };
    expect(complaintsReport.compile(desk.ctx, period).overdue[0]?.value).toBe(0);
    resolveComplaint(desk.ctx, desk.clerkByRole('clerk'), resolveArgs(c.id, desk));
    expect(complaintStats(desk.ctx, period.from, period.to).withinDeadline).toBe(1);
  });

  it('a pause running since before it goes on on the clock; its next pause counts desk time from there', async () => {
    const desk = await freshDesk();
    const c = inProgress(desk, '2026-11-27T10:00');
    pauseAt(desk, c.id, '2026-11-24T21:00');
    asBefore0048(desk, c.id);
    desk.clock.current = at('2026-11-25T03:00');
    expect(getComplaint(desk.ctx, c.id).effectiveDeadlineAt).toBe(at('2026-11-27T16:00'));
    // Its resume keeps what it showed: the time on the clock.
    const resumed = resumeAt(desk, c.id, '2026-11-25T09:30');
    expect(resumed.movedDeadlineAt).toBe(at('2026-11-27T22:30'));
    expect(resumed.effectiveDeadlineAt).toBe(at('2026-11-27T22:30'));
    // Bad case: the resume does not rewrite it to the desk-time result.
    expect(resumed.effectiveDeadlineAt).not.toBe(at('2026-11-27T11:00'));
    // A new pause, Wednesday 21:50 to Thursday 09:30: ten desk minutes, from the deadline it showed (Friday 22:30,
    // after closing, so the ten minutes are Saturday's first).
    pauseAt(desk, c.id, '2026-11-25T21:50');
    expect(resumeAt(desk, c.id, '2026-11-26T09:30').effectiveDeadlineAt).toBe(at('2026-11-28T09:40'));
  });
});
