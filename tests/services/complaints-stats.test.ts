import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  approvalNeeded,
  assignComplaint,
  complaintStats,
  exportComplaintStats,
  getComplaintSettings,
  isWorkingDayAt,
  lastPackagedYear,
  listCalendar,
  prefillFrom,
  progressComplaint,
  recordReturnVisit,
  resolveComplaint,
  saveComplaintSettings,
  setCalendarDay,
} from '../../electron/services/complaints';
import { registerVisit } from '../../electron/services/reception/visits';
import { getDeskHours } from '../../electron/services/settings';
import { complaintSettingsSchema, resolveInput, satisfactionValues } from '../../shared/contract/complaints';
import { addDeskTime, deskTimeBetween } from '../../shared/contract/desk-hours';
import { registerVisitInput } from '../../shared/contract/reception';
import { freshDesk } from '../helpers/db';
import { DAY, fileComplaint, firstDepartment, HOUR, refusal } from './complaints-helpers';

describe('complaints: working-day calendar', () => {
  it('follows the packaged official calendar, including 调休 working weekends', async () => {
    const desk = await freshDesk();
    expect(lastPackagedYear).toBeGreaterThanOrEqual(2026);
    expect(isWorkingDayAt(desk.ctx, '2026-10-01')).toBe(false); // 国庆节
    expect(isWorkingDayAt(desk.ctx, '2026-10-10')).toBe(true); // Saturday, make-up working day
    // Wed 2026-09-30 10:00 Shanghai: Oct 1–7 are holidays, so 3 working days end on Sat Oct 10 (调休), not Oct 5.
    const from = Date.UTC(2026, 8, 30, 2, 0);
    expect(addWorkingDays(desk.ctx, from, 1)).toBe(Date.UTC(2026, 9, 8, 2, 0));
    expect(addWorkingDays(desk.ctx, from, 3)).toBe(Date.UTC(2026, 9, 10, 2, 0));
  });

  it('lets a supervisor add days for a year the package does not know', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const year = lastPackagedYear + 1;
    const newYear = `${year}-01-01`;
    const before = isWorkingDayAt(desk.ctx, newYear);
    setCalendarDay(desk.ctx, supervisor, { day: newYear, work: false, note: '元旦' });
    expect(isWorkingDayAt(desk.ctx, newYear)).toBe(false);
    expect(listCalendar(desk.ctx, year).find((d) => d.day === newYear)).toMatchObject({ source: 'desk', note: '元旦' });
    setCalendarDay(desk.ctx, supervisor, { day: newYear, work: true, note: '更正' });
    expect(isWorkingDayAt(desk.ctx, newYear)).toBe(true);
    // Before the desk entered it, a day of an unknown year follows the plain Monday-to-Friday week.
    expect(before).toBe(![0, 6].includes(new Date(`${newYear}T00:00:00Z`).getUTCDay()));
    const clerk = desk.clerkByRole('clerk');
    expect(refusal(() => setCalendarDay(desk.ctx, clerk, { day: newYear, work: false, note: '' })).code).toBe(
      'forbidden',
    );
    expect(isWorkingDayAt(desk.ctx, newYear)).toBe(true);
  });
});

const HANDLERS = ['serious', 'occasional', 'carelessness', 'force_majeure'] as const;
const OUTCOMES = ['return', 'exchange', 'discount', 'compensation', 'other'] as const;

describe('complaints: statistics equal the records', () => {
  it('matches figures computed independently from generated complaints', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const lead = desk.clerkByRole('lead');
    const dept = firstDepartment(desk);
    const start = desk.clock.now();
    const plan = fc.sample(
      fc.record({
        gapMin: fc.integer({ min: 1, max: 600 }),
        type: fc.constantFrom('product', 'service', 'property', 'management', 'other' as const),
        accepted: fc.boolean(),
        handleHours: fc.integer({ min: 0, max: 100 }),
        pauseHours: fc.integer({ min: 0, max: 30 }),
        cause: fc.constantFrom(...HANDLERS),
        outcome: fc.constantFrom(...OUTCOMES),
        fen: fc.integer({ min: 1, max: 20_000 }),
        satisfaction: fc.option(fc.constantFrom(...satisfactionValues), { nil: null }),
      }),
      { numRuns: 40, seed: 42 },
    );
    const expected = {
      received: 0,
      notAccepted: 0,
      resolved: 0,
      within: 0,
      handling: 0,
      fen: 0,
      types: new Map<string, number>(),
    };
    for (const p of plan) {
      desk.clock.advance(p.gapMin * 60_000);
      const c = fileComplaint(desk, {
        type: p.type,
        urgency: 'urgent',
        ...(p.accepted ? {} : { decision: 'not_accept', notAcceptedReason: '不予受理' }),
      });
      expected.received += 1;
      expected.types.set(p.type, (expected.types.get(p.type) ?? 0) + 1);
      if (!p.accepted) {
        expected.notAccepted += 1;
        continue;
      }
      if (p.handleHours === 0) continue; // left open
      const t0 = desk.clock.now();
      assignComplaint(desk.ctx, lead, { id: c.id, departmentId: dept, clerkId: clerk.clerkId, reason: '' });
      progressComplaint(desk.ctx, clerk, { id: c.id, to: 'in_progress', reason: '' });
      progressComplaint(desk.ctx, clerk, { id: c.id, to: 'waiting_customer', reason: '等顾客' });
      const pausedAt = desk.clock.now();
      desk.clock.advance(p.pauseHours * HOUR);
      progressComplaint(desk.ctx, clerk, { id: c.id, to: 'in_progress', reason: '' });
      // The pause moves the deadline by its desk time only (the hours the desk is open).
      const pausedDesk = deskTimeBetween(getDeskHours(desk.ctx), pausedAt, desk.clock.now());
      const due = pausedDesk > 0 ? addDeskTime(getDeskHours(desk.ctx), c.deadlineAt, pausedDesk) : c.deadlineAt;
      desk.clock.advance(p.handleHours * HOUR);
      const fen = p.outcome === 'compensation' ? p.fen : 0;
      resolveComplaint(
        desk.ctx,
        clerk,
        resolveInput.parse({
          id: c.id,
          version: 1,
          cause: p.cause,
          outcome: p.outcome,
          resolution: '处理',
          compensationFen: fen,
          informedAt: desk.clock.now(),
          informedHow: '电话',
          customerReaction: '接受',
        }),
      );
      if (p.satisfaction)
        recordReturnVisit(desk.ctx, clerk, { id: c.id, result: '回访', satisfaction: p.satisfaction });
      const handled = desk.clock.now() - t0 - p.pauseHours * HOUR;
      expected.resolved += 1;
      expected.handling += handled;
      expected.fen += fen;
      // 24 desk hours from filing, moved on by the desk time paused; the clock time paused does not count.
      if (desk.clock.now() <= due) expected.within += 1;
      desk.clock.current = t0;
    }
    const stats = complaintStats(desk.ctx, start, desk.clock.now() + 200 * DAY);
    expect(stats.received).toBe(expected.received);
    expect(stats.notAccepted).toBe(expected.notAccepted);
    expect(stats.resolved).toBe(expected.resolved);
    expect(stats.withinDeadline).toBe(expected.within);
    expect(stats.compensationFen).toBe(expected.fen);
    expect(stats.averageHandlingMs).toBe(Math.round(expected.handling / expected.resolved));
    expect(stats.resolutionRate).toBeCloseTo(expected.resolved / (expected.received - expected.notAccepted), 10);
    for (const [type, n] of expected.types) expect(stats.byType.find((r) => r.key === type)?.count).toBe(n);
    expect(stats.perDay.reduce((s, r) => s + r.count, 0)).toBe(expected.received);
    expect(stats.bySatisfaction.reduce((s, r) => s + r.count, 0)).toBe(
      plan.filter((p) => p.accepted && p.handleHours > 0 && p.satisfaction).length,
    );
    // A range that holds nothing reports nothing.
    expect(complaintStats(desk.ctx, start - 10 * DAY, start).received).toBe(0);
  });

  it('exports an .xlsx workbook and audits the export', async () => {
    const desk = await freshDesk();
    fileComplaint(desk);
    const file = await exportComplaintStats(
      desk.ctx,
      desk.clerkByRole('clerk'),
      desk.clock.now() - DAY,
      desk.clock.now() + DAY,
    );
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(
      desk.ctx.sqlite
        .prepare("select count(*) from audit_log where note = 'exported' and entity = 'complaints'")
        .pluck()
        .get(),
    ).toBe(1);
  });
});

describe('complaints: from a visit, and the settings', () => {
  it('turns a complaint visit into a complaint linked both ways', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const visit = registerVisit(
      desk.ctx,
      clerk,
      registerVisitInput.parse({
        visitorName: '孙女士',
        phone: '13700002222',
        purpose: 'complaint',
        notes: '餐厅服务态度差',
      }),
    );
    const prefill = prefillFrom(desk.ctx, 'visit', visit.id);
    expect(prefill).toMatchObject({ channel: 'in_person', customerName: '孙女士', reason: '餐厅服务态度差' });
    const c = fileComplaint(desk, { ...prefill, type: 'service', visitId: visit.id });
    expect(c.visitId).toBe(visit.id);
    expect(desk.ctx.sqlite.prepare('select complaint_id from visits where id = ?').pluck().get(visit.id)).toBe(c.id);
    expect(refusal(() => prefillFrom(desk.ctx, 'visit', visit.id)).messageKey).toBe('errors.complaintAlreadyLinked');
  });

  it('takes deadlines and compensation limits from the settings', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const settings = getComplaintSettings(desk.ctx);
    saveComplaintSettings(desk.ctx, supervisor, {
      ...settings,
      deadlines: { ...settings.deadlines, normal: { unit: 'hours', amount: 48 } },
      deskLimitFen: 0,
    });
    expect(fileComplaint(desk).deadlineAt).toBe(desk.clock.now() + 48 * HOUR);
    expect(approvalNeeded(desk.ctx, 1)).toBe('supervisor');
    expect(approvalNeeded(desk.ctx, settings.supervisorLimitFen + 1)).toBe('manager');
    expect(() => complaintSettingsSchema.parse({ ...settings, deskLimitFen: 5, supervisorLimitFen: 1 })).toThrow();
  });
});
