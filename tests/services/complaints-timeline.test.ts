import { describe, expect, it } from 'vitest';
import {
  addComplaintEvent,
  assignComplaint,
  closeComplaint,
  complaintAttention,
  complaintsHandoverSummary,
  decideComplaint,
  getComplaintDetail,
  listComplaints,
  progressComplaint,
  recordReceiptPrinted,
  recordReturnVisit,
  reopenComplaint,
  resolveComplaint,
} from '../../electron/services/complaints';
import { freshDesk } from '../helpers/db';
import { counts, fileComplaint, firstDepartment, HOUR, refusal, resolveArgs, toInProgress } from './complaints-helpers';

describe('complaints: timeline and the clerk complained about', () => {
  it('appends entries and corrections, never edits them', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const c = fileComplaint(desk);
    const withNote = addComplaintEvent(desk.ctx, clerk, {
      id: c.id,
      kind: 'contact',
      text: '已致电顾客，约定明天到店',
      correctsEventId: null,
    });
    const note = withNote.events.at(-1);
    if (!note) throw new Error('no entry');
    const corrected = addComplaintEvent(desk.ctx, clerk, {
      id: c.id,
      kind: 'correction',
      text: '约定后天到店',
      correctsEventId: note.id,
    });
    expect(corrected.events.at(-1)).toMatchObject({ kind: 'correction', correctsEventId: note.id });
    expect(corrected.events.find((e) => e.id === note.id)?.text).toBe('已致电顾客，约定明天到店');
    // Not even raw SQL can change or remove an entry.
    expect(() => desk.ctx.sqlite.prepare("update complaint_events set text = 'x' where id = ?").run(note.id)).toThrow(
      /append-only/,
    );
    expect(() => desk.ctx.sqlite.prepare('delete from complaint_events where id = ?').run(note.id)).toThrow(
      /append-only/,
    );
    const before = counts(desk);
    const other = fileComplaint(desk);
    const mid = counts(desk);
    expect(before.complaints + 1).toBe(mid.complaints);
    expect(
      refusal(() =>
        addComplaintEvent(desk.ctx, clerk, { id: other.id, kind: 'correction', text: 'x', correctsEventId: note.id }),
      ).messageKey,
    ).toBe('errors.complaintEventNotFound');
    expect(
      refusal(() =>
        addComplaintEvent(desk.ctx, clerk, { id: other.id, kind: 'note', text: '  ', correctsEventId: null }),
      ).field,
    ).toBe('text');
    expect(counts(desk)).toEqual(mid);
  });

  it('lets the clerk complained about read but not change the complaint', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const lead = desk.clerkByRole('lead');
    const c = fileComplaint(desk, { type: 'service', complainedClerkId: clerk.clerkId }, lead);
    const before = counts(desk);
    expect(
      refusal(() =>
        addComplaintEvent(desk.ctx, clerk, { id: c.id, kind: 'note', text: '我没有', correctsEventId: null }),
      ).messageKey,
    ).toBe('errors.complaintAboutYou');
    expect(refusal(() => decideComplaint(desk.ctx, clerk, { id: c.id, accept: true, reason: '' })).messageKey).toBe(
      'errors.complaintAboutYou',
    );
    expect(
      refusal(() =>
        assignComplaint(desk.ctx, lead, {
          id: c.id,
          departmentId: firstDepartment(desk),
          clerkId: clerk.clerkId,
          reason: '',
        }),
      ).messageKey,
    ).toBe('errors.complaintAssigneeComplainedAbout');
    expect(counts(desk)).toEqual(before);
    expect(getComplaintDetail(desk.ctx, c.id).complainedClerkName).toBe(clerk.name);
  });
});

describe('complaints: deadlines, attention and printing', () => {
  it('counts due-soon and overdue, sorts by urgency then deadline, and summarises for the handover', async () => {
    const desk = await freshDesk();
    const normal = fileComplaint(desk);
    const veryUrgent = fileComplaint(desk, { urgency: 'very_urgent' });
    const urgent = fileComplaint(desk, { urgency: 'urgent' });
    const open = listComplaints(desk.ctx, { scope: 'open', text: '', cursor: null, limit: 50 });
    expect(open.rows.map((c) => c.id)).toEqual([veryUrgent.id, urgent.id, normal.id]);
    expect(open.nextCursor).toBeNull();
    // Due soon is the supervisor's window per urgency (1 h for 特急, 4 h for 紧急), not the moment one is filed.
    expect(complaintAttention(desk.ctx, desk.clock.now())).toEqual({ open: 3, dueSoon: 0, overdue: 0 });
    // All complaints page newest first on (received at, id): two pages of two and one, nothing twice or missed.
    const all = (cursor: { receivedAt: number; id: string } | null) =>
      listComplaints(desk.ctx, { scope: 'all', text: '', cursor, limit: 2 });
    const first = all(null);
    const second = all(first.nextCursor);
    expect(first.nextCursor).not.toBeNull();
    expect(second.nextCursor).toBeNull();
    const newestFirst = [normal, veryUrgent, urgent]
      .sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1))
      .map((c) => c.id);
    expect([...first.rows, ...second.rows].map((c) => c.id)).toEqual(newestFirst);
    desk.clock.advance(3.5 * HOUR);
    expect(complaintAttention(desk.ctx, desk.clock.now())).toEqual({ open: 3, dueSoon: 1, overdue: 0 });
    desk.clock.advance(17 * HOUR);
    expect(complaintAttention(desk.ctx, desk.clock.now())).toEqual({ open: 3, dueSoon: 1, overdue: 1 });
    const summary = complaintsHandoverSummary(desk.ctx, desk.clock.now());
    expect(summary).toMatchObject({ open: 3, overdue: 1, dueSoon: 1, waitingCustomer: 0 });
    expect(summary.attention.map((a) => a.serialNo)).toEqual([veryUrgent.serialNo, urgent.serialNo]);
  });

  it('audits printing the acceptance receipt, and refuses it before acceptance', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const c = fileComplaint(desk);
    recordReceiptPrinted(desk.ctx, clerk, { id: c.id, reprint: false });
    recordReceiptPrinted(desk.ctx, clerk, { id: c.id, reprint: true });
    const notes = desk.ctx.sqlite
      .prepare("select note from audit_log where entity = 'complaints' and entity_id = ? and action = 'event'")
      .pluck()
      .all(c.id);
    expect(notes).toEqual(['receipt_printed', 'receipt_reprinted']);
    const pending = fileComplaint(desk, { decision: 'pending' });
    expect(refusal(() => recordReceiptPrinted(desk.ctx, clerk, { id: pending.id, reprint: false })).messageKey).toBe(
      'errors.complaintReceiptNotAccepted',
    );
  });
});

describe('complaints: the office file printouts', () => {
  it('audits the registration form in any status and the handling record only once closed', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const notes = (id: string) =>
      desk.ctx.sqlite
        .prepare("select note from audit_log where entity = 'complaints' and entity_id = ? and action = 'event'")
        .pluck()
        .all(id);
    // Not yet decided: its registration form is filed as it stands; the handling record is refused and not audited.
    const pending = fileComplaint(desk, { decision: 'pending' });
    recordReceiptPrinted(desk.ctx, clerk, { id: pending.id, reprint: false, form: 'registration' });
    expect(
      refusal(() => recordReceiptPrinted(desk.ctx, clerk, { id: pending.id, reprint: false, form: 'record' }))
        .messageKey,
    ).toBe('errors.complaintRecordNotClosed');
    expect(notes(pending.id)).toEqual(['registration_printed']);
    // Resolved is not closed: still refused.
    const c = toInProgress(desk);
    resolveComplaint(desk.ctx, clerk, resolveArgs(c.id, desk));
    expect(
      refusal(() => recordReceiptPrinted(desk.ctx, clerk, { id: c.id, reprint: false, form: 'record' })).messageKey,
    ).toBe('errors.complaintRecordNotClosed');
    closeComplaint(desk.ctx, clerk, { id: c.id, noReturnVisitReason: '顾客电话停机，无法回访' });
    recordReceiptPrinted(desk.ctx, clerk, { id: c.id, reprint: false, form: 'record' });
    recordReceiptPrinted(desk.ctx, clerk, { id: c.id, reprint: true, form: 'record' });
    recordReceiptPrinted(desk.ctx, clerk, { id: c.id, reprint: true, form: 'registration' });
    expect(notes(c.id)).toEqual(['record_printed', 'record_reprinted', 'registration_reprinted']);
  });
});

describe('complaints: closing and reopening', () => {
  it('closes only after a return visit or with a reason; reopens only when unsatisfied', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const c = toInProgress(desk);
    resolveComplaint(desk.ctx, clerk, resolveArgs(c.id, desk));
    const before = counts(desk);
    expect(refusal(() => closeComplaint(desk.ctx, clerk, { id: c.id, noReturnVisitReason: '' })).messageKey).toBe(
      'errors.complaintCloseNeedsVisit',
    );
    expect(counts(desk)).toEqual(before);
    recordReturnVisit(desk.ctx, clerk, { id: c.id, result: '仍然有问题', satisfaction: 'dissatisfied' });
    const reopened = reopenComplaint(desk.ctx, clerk, { id: c.id, reason: '回访不满意，重新处理' });
    expect(reopened).toMatchObject({ status: 'in_progress', reopenCount: 1, resolvedAt: null, satisfaction: null });
    resolveComplaint(desk.ctx, clerk, resolveArgs(c.id, desk));
    const closed = closeComplaint(desk.ctx, clerk, { id: c.id, noReturnVisitReason: '顾客电话停机，无法回访' });
    expect(closed.noReturnVisitReason).toBe('顾客电话停机，无法回访');
    const happy = toInProgress(desk);
    resolveComplaint(desk.ctx, clerk, resolveArgs(happy.id, desk));
    recordReturnVisit(desk.ctx, clerk, { id: happy.id, result: '满意', satisfaction: 'satisfied' });
    const mid = counts(desk);
    expect(refusal(() => reopenComplaint(desk.ctx, clerk, { id: happy.id, reason: '再看看' })).messageKey).toBe(
      'errors.complaintReopenSatisfied',
    );
    expect(
      refusal(() => progressComplaint(desk.ctx, clerk, { id: happy.id, to: 'in_progress', reason: '' })).messageKey,
    ).toBe('errors.complaintTransition');
    expect(counts(desk)).toEqual(mid);
  });
});
