import { describe, expect, it } from 'vitest';
import { logCall } from '../../electron/services/calls/calls';
import type { Actor } from '../../electron/services/context';
import {
  closeHandover,
  getHandover,
  listHandovers,
  previewHandover,
  recordHandoverPrinted,
  saveHandoverSettings,
} from '../../electron/services/handover';
import { registerVisit, signOutVisit } from '../../electron/services/reception/visits';
import { thisCounterId } from '../../electron/services/settings';
import { openOrContinueShift } from '../../electron/services/shifts';
import { logCallInput } from '../../shared/contract/calls';
import {
  type CloseHandoverInput,
  closeHandoverInput,
  type HandoverSectionData,
  type HandoverSheet,
} from '../../shared/contract/handover';
import { registerVisitInput } from '../../shared/contract/reception';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A clerk of `role` logged in at this counter with an open shift, as the session would give the services. */
function onShift(desk: TestDesk, role: Actor['role']): Actor {
  const base = desk.clerkByRole(role);
  const counterId = thisCounterId(desk.ctx) as string;
  const shift = openOrContinueShift(desk.ctx, { ...base, counterId }, counterId);
  return { ...base, shiftId: shift.id, counterId };
}

function visit(desk: TestDesk, actor: Actor, visitorName: string, phone = '13812345678', badgeNo = '') {
  return registerVisit(desk.ctx, actor, registerVisitInput.parse({ visitorName, phone, purpose: 'visit', badgeNo }));
}

function call(desk: TestDesk, actor: Actor, input: { direction: 'incoming' | 'outgoing'; dueInMs?: number }) {
  return logCall(
    desk.ctx,
    actor,
    logCallInput.parse({
      direction: input.direction,
      callerName: '刘先生',
      phone: '13912345678',
      category: 'enquiry',
      summary: '询问停车收费标准',
      replyNeeded: input.dueInMs !== undefined,
      replyDueAt: input.dueInMs === undefined ? null : desk.clock.now() + input.dueInMs,
    }),
  );
}

const section = (sheet: HandoverSheet, key: string): HandoverSectionData => {
  const found = sheet.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
const count = (s: HandoverSectionData, key: string) => s.counts.find((c) => c.key === key)?.value;
const openItems = (s: HandoverSectionData, key: string) => s.open.find((o) => o.key === key)?.items ?? [];

const closeInput = (input: Partial<CloseHandoverInput> = {}) =>
  closeHandoverInput.parse({ notes: '', cashCountedFen: 0, incoming: null, ...input });

const rows = (desk: TestDesk, table: string) =>
  desk.ctx.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
const auditCount = (desk: TestDesk) => rows(desk, 'audit_log');

describe('compiling the handover sheet', () => {
  it('counts the shift per module and hands over everything still open, with phones masked', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const names = ['张三', '李四', '王五', '赵六', '孙七'];
    const visits = names.map((n, i) => visit(desk, clerk, n, `1381234567${i}`, `B0${i}`));
    desk.clock.advance(30 * MINUTE);
    signOutVisit(desk.ctx, clerk, { id: visits[0]?.id as string, badgeReturned: true });
    signOutVisit(desk.ctx, clerk, { id: visits[1]?.id as string, badgeReturned: true });
    call(desk, clerk, { direction: 'incoming' });
    call(desk, clerk, { direction: 'incoming', dueInMs: 2 * HOUR });
    const overdue = call(desk, clerk, { direction: 'incoming', dueInMs: 10 * MINUTE });
    call(desk, clerk, { direction: 'outgoing' });
    desk.clock.advance(HOUR);

    const sheet = previewHandover(desk.ctx, clerk);
    const reception = section(sheet, 'handover.reception.title');
    expect(count(reception, 'handover.reception.registered')).toBe(5);
    expect(count(reception, 'handover.reception.left')).toBe(2);
    const onSite = openItems(reception, 'handover.reception.onSite');
    expect(onSite.map((i) => i.name)).toEqual(['王五', '赵六', '孙七']);
    expect(onSite[0]).toMatchObject({ phoneMasked: '138****5672', note: 'B02', serial: visits[2]?.serialNo });

    const calls = section(sheet, 'handover.calls.title');
    expect(count(calls, 'handover.calls.incoming')).toBe(3);
    expect(count(calls, 'handover.calls.outgoing')).toBe(1);
    const callbacks = openItems(calls, 'handover.calls.callbacks');
    expect(callbacks).toHaveLength(2);
    expect(callbacks[0]).toMatchObject({ serial: overdue.serialNo, overdue: true, phoneMasked: '139****5678' });
    expect(callbacks[1]?.overdue).toBe(false);
    for (const phone of ['13812345672', '13912345678']) expect(JSON.stringify(sheet)).not.toContain(phone);
    expect(sheet.trackedItems).toEqual(['钥匙', '对讲机', '雨伞']);
    expect(sheet.cashExpectedFen).toBe(0);
  });

  it('does not count another shift, yet hands over what earlier shifts left open', async () => {
    const desk = await freshDesk();
    const lead = onShift(desk, 'lead');
    visit(desk, lead, '早班访客');
    call(desk, lead, { direction: 'incoming', dueInMs: 3 * HOUR });
    closeHandover(desk.ctx, lead, closeInput());
    desk.clock.advance(MINUTE);
    const clerk = onShift(desk, 'clerk');
    const sheet = previewHandover(desk.ctx, clerk);
    expect(count(section(sheet, 'handover.reception.title'), 'handover.reception.registered')).toBe(0);
    expect(count(section(sheet, 'handover.calls.title'), 'handover.calls.incoming')).toBe(0);
    const onSite = openItems(section(sheet, 'handover.reception.title'), 'handover.reception.onSite');
    expect(onSite.map((i) => i.name)).toEqual(['早班访客']);
    expect(openItems(section(sheet, 'handover.calls.title'), 'handover.calls.callbacks')).toHaveLength(1);
  });
});

describe('closing a shift with a handover', () => {
  it('stores a snapshot that later changes do not alter, with the audit head, and opens the incoming shift', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const guest = visit(desk, clerk, '张三', '13812345678', 'B07');
    desk.clock.advance(HOUR);
    const lead = desk.clerkByRole('lead');
    const closed = closeHandover(
      desk.ctx,
      clerk,
      closeInput({
        notes: '3号柜钥匙在主管处',
        cashCountedFen: 500,
        cashDifferenceNote: '顾客预付停车费 5 元',
        itemCounts: [{ name: '钥匙', count: 12 }],
        incoming: { clerkId: lead.clerkId, pin: demoPin('lead') },
      }),
    );
    const record = closed.handover;
    expect(record.serialNo).toMatch(/^JJ-/);
    expect(record).toMatchObject({ noSuccessor: false, cashCountedFen: 500, notes: '3号柜钥匙在主管处' });
    expect(record.incoming?.id).toBe(lead.clerkId);
    expect(record.acknowledgedAt).toBe(desk.clock.now());
    expect(record.auditHashPrefix).toMatch(/^[0-9a-f]{12}$/);
    expect(record.auditCount).toBeGreaterThan(0);
    expect(record.itemCounts).toEqual([{ name: '钥匙', count: 12 }]);

    const shifts = desk.ctx.sqlite
      .prepare('select id, clerk_id, counter_id, closed_at from shifts order by opened_at, closed_at is null')
      .all() as { id: string; clerk_id: string; counter_id: string; closed_at: number | null }[];
    expect(shifts.find((s) => s.id === clerk.shiftId)?.closed_at).toBe(desk.clock.now());
    expect(closed.incomingShift).toMatchObject({ clerkId: lead.clerkId, counterId: clerk.counterId, closedAt: null });

    // Later the visitor leaves: the stored sheet still shows what was open at handover.
    desk.clock.advance(HOUR);
    signOutVisit(desk.ctx, lead, { id: guest.id, badgeReturned: true });
    const reprint = getHandover(desk.ctx, record.id);
    const onSite = openItems(section(reprint.sheet, 'handover.reception.title'), 'handover.reception.onSite');
    expect(onSite.map((i) => i.name)).toEqual(['张三']);
    expect(listHandovers(desk.ctx, 10)).toMatchObject([{ id: record.id, cashDifferenceFen: 500, noSuccessor: false }]);
  });

  it('refuses a cash difference without an explanation, and nothing is written', async () => {
    const desk = await freshDesk();
    const lead = onShift(desk, 'lead');
    const before = auditCount(desk);
    expect(() => closeHandover(desk.ctx, lead, closeInput({ cashCountedFen: 1000 }))).toThrow(
      expect.objectContaining({ messageKey: 'errors.cashDifferenceNote', field: 'cashDifferenceNote' }),
    );
    expect(rows(desk, 'handovers')).toBe(0);
    expect(auditCount(desk)).toBe(before);
    // The database refuses it too, whatever a service might do.
    expect(() =>
      desk.ctx.sqlite
        .prepare(
          `insert into handovers (id, serial_no, shift_id, outgoing_clerk_id, closed_at, no_successor, snapshot,
           cash_expected_fen, cash_counted_fen, item_counts, audit_count, audit_head, created_at, updated_at)
           values ('x', 'JJ-x', ?, ?, 1, 1, '{}', 0, 100, '[]', 0, 'h', 1, 1)`,
        )
        .run(lead.shiftId, lead.clerkId),
    ).toThrow(/CHECK/);
  });

  it('refuses a clerk closing without a successor; a lead may (end of day), which the record states', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const before = auditCount(desk);
    expect(() => closeHandover(desk.ctx, clerk, closeInput())).toThrow(
      expect.objectContaining({ messageKey: 'errors.handoverNeedsSuccessor' }),
    );
    expect(rows(desk, 'handovers')).toBe(0);
    expect(auditCount(desk)).toBe(before);

    const lead = { ...desk.clerkByRole('lead'), shiftId: clerk.shiftId, counterId: clerk.counterId };
    const record = closeHandover(desk.ctx, lead, closeInput()).handover;
    expect(record).toMatchObject({ noSuccessor: true, incoming: null, acknowledgedAt: null });
    expect(rows(desk, 'shifts where closed_at is null')).toBe(0);
  });

  it('refuses a wrong incoming PIN: no handover, the shift stays open, no shift for the incoming clerk', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const lead = desk.clerkByRole('lead');
    expect(() =>
      closeHandover(desk.ctx, clerk, closeInput({ incoming: { clerkId: lead.clerkId, pin: '9999' } })),
    ).toThrow(expect.objectContaining({ messageKey: 'errors.wrongPin', field: 'pin' }));
    expect(rows(desk, 'handovers')).toBe(0);
    expect(rows(desk, 'shifts')).toBe(1);
    expect(rows(desk, 'shifts where closed_at is null')).toBe(1);
    // The wrong PIN itself is counted toward lockout, as at login.
    expect(desk.ctx.sqlite.prepare('select failed_pin_count from clerks where id = ?').pluck().get(lead.clerkId)).toBe(
      1,
    );
  });

  it('refuses handing over to oneself, and a shift already handed over', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    expect(() =>
      closeHandover(desk.ctx, clerk, closeInput({ incoming: { clerkId: clerk.clerkId, pin: demoPin('clerk') } })),
    ).toThrow(expect.objectContaining({ messageKey: 'errors.handoverSameClerk' }));
    const lead = desk.clerkByRole('lead');
    closeHandover(desk.ctx, clerk, closeInput({ incoming: { clerkId: lead.clerkId, pin: demoPin('lead') } }));
    expect(() =>
      closeHandover(desk.ctx, clerk, closeInput({ incoming: { clerkId: lead.clerkId, pin: demoPin('lead') } })),
    ).toThrow(expect.objectContaining({ messageKey: 'errors.shiftAlreadyClosed' }));
    expect(rows(desk, 'handovers')).toBe(1);
  });

  it('audits printing and reprinting', async () => {
    const desk = await freshDesk();
    const lead = onShift(desk, 'lead');
    const record = closeHandover(desk.ctx, lead, closeInput()).handover;
    recordHandoverPrinted(desk.ctx, lead, record.id, false);
    recordHandoverPrinted(desk.ctx, lead, record.id, true);
    const notes = desk.ctx.sqlite
      .prepare("select note from audit_log where entity = 'handovers' and action = 'event' order by seq")
      .pluck()
      .all();
    expect(notes).toEqual(['handover printed', 'handover reprinted']);
  });

  it('keeps the tracked items a supervisor sets, refusing duplicates', async () => {
    const desk = await freshDesk();
    const supervisor = onShift(desk, 'supervisor');
    expect(saveHandoverSettings(desk.ctx, supervisor, { trackedItems: ['钥匙', '充电宝'] }).trackedItems).toEqual([
      '钥匙',
      '充电宝',
    ]);
    expect(previewHandover(desk.ctx, supervisor).trackedItems).toEqual(['钥匙', '充电宝']);
    expect(() => saveHandoverSettings(desk.ctx, supervisor, { trackedItems: ['钥匙', '钥匙'] })).toThrow(
      expect.objectContaining({ messageKey: 'errors.duplicate' }),
    );
  });
});
