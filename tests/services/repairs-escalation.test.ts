import { describe, expect, it } from 'vitest';
import type { Actor } from '../../electron/services/context';
import { previewHandover } from '../../electron/services/handover';
import {
  arriveOrder,
  closeOrder,
  completeOrder,
  followUpOrder,
  getOrderDetail,
  listOrders,
  repairCounts,
  saveRepairSettings,
  updateOrder,
  voidOrder,
} from '../../electron/services/repairs';
import { thisCounterId } from '../../electron/services/settings';
import { openOrContinueShift } from '../../electron/services/shifts';
import {
  completeRepairInput,
  followUpRepairInput,
  listRepairsInput,
  repairSettingsSchema,
} from '../../shared/contract/repairs';
import { parseMessage } from '../../shared/errors';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addTeam, fileOrder, HOUR, report } from '../helpers/repairs';

/*
 * Every time here comes from the desk's fixed test clock (Tuesday 2026-11-24 10:00 in Shanghai) moved by hand; the
 * desk's default hours are 09:30–22:00 on weekdays. Nothing reads the real hour.
 */
const SHANGHAI = 8 * HOUR;
const at = (day: number, hh: number, mm = 0) => Date.UTC(2026, 10, day, hh, mm) - SHANGHAI;

const done = (id: string) =>
  completeRepairInput.parse({ id, workDone: '更换水龙头', materials: '', fee: '', customerConfirmed: true });
const ids = (desk: TestDesk, filter: Parameters<typeof listRepairsInput.parse>[0]) =>
  listOrders(desk.ctx, listRepairsInput.parse(filter)).rows.map((r) => r.id);

function onShift(desk: TestDesk): Actor {
  const base = desk.clerkByRole('clerk');
  const counterId = thisCounterId(desk.ctx) as string;
  const shift = openOrContinueShift(desk.ctx, { ...base, counterId }, counterId);
  return { ...base, shiftId: shift.id, counterId };
}

describe('repair limits count desk hours', () => {
  it('sets arrival and completion limits by urgency within the day, and carries them over closing time', async () => {
    const desk = await freshDesk();
    expect(desk.clock.now()).toBe(at(24, 10));
    const urgent = fileOrder(desk);
    expect([urgent.targetArrivalAt, urgent.completeByAt]).toEqual([at(24, 10, 15), at(24, 14)]);
    const normal = fileOrder(desk, { urgency: 'normal' });
    // 8 hours from 10:00 is 18:00; 24 hours end at 10:00 the next day, when the desk is open: both unchanged.
    expect(normal.targetArrivalAt).toBe(at(24, 18));
    expect(normal.completeByAt).toBe(at(25, 10));
    // At 21:50 an urgent report's 15 minutes are 10 that evening and 5 the next morning: no escalation overnight.
    desk.clock.current = at(24, 21, 50);
    const late = fileOrder(desk);
    expect(late.targetArrivalAt).toBe(at(25, 9, 35));
    desk.clock.current = at(25, 9, 0);
    expect(getOrderDetail(desk.ctx, late.id).escalation).toBeNull();
    desk.clock.current = at(25, 9, 36);
    expect(getOrderDetail(desk.ctx, late.id).escalation).toBe('dispatch');
  });

  it('moves both limits when the urgency is corrected', async () => {
    const desk = await freshDesk();
    const order = fileOrder(desk);
    const edited = updateOrder(desk.ctx, desk.clerkByRole('clerk'), {
      ...report,
      shopId: null,
      id: order.id,
      version: order.version,
      urgency: 'normal',
      phone: '13912345678',
    });
    expect([edited.targetArrivalAt, edited.completeByAt]).toEqual([at(24, 18), at(25, 10)]);
  });

  it('refuses a completion limit shorter than the arrival limit, at its field', async () => {
    const result = repairSettingsSchema.safeParse({
      targetMinutes: { urgent: 30, normal: 480 },
      completeMinutes: { urgent: 20, normal: 480 },
      followUpMinutes: 60,
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect([issue?.path.join('.'), parseMessage(issue?.message ?? '').key]).toEqual([
      'completeMinutes.urgent',
      'errors.repairCompleteBeforeArrival',
    ]);
    // A setting saved before these limits existed reads with the default ones.
    expect(repairSettingsSchema.parse({ targetMinutes: { urgent: 10, normal: 60 } })).toMatchObject({
      completeMinutes: { urgent: 240, normal: 1440 },
      followUpMinutes: 240,
    });
  });
});

describe('repair escalation', () => {
  it('escalates an order not dispatched, a team not there, and work not completed in time; not before', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const team = addTeam(desk);
    const waiting = fileOrder(desk);
    const sent = fileOrder(desk, { teamId: team.id });
    const there = fileOrder(desk, { teamId: team.id });
    arriveOrder(desk.ctx, clerk, { id: there.id });

    desk.clock.current = at(24, 10, 15);
    // Exactly at the limit is still in time.
    expect(repairCounts(desk.ctx, desk.clock.now())).toEqual({ open: 3, overdue: 0, followUpDue: 0 });
    expect(ids(desk, { onlyOverdue: true })).toEqual([]);

    desk.clock.current = at(24, 10, 16);
    expect([waiting, sent, there].map((o) => getOrderDetail(desk.ctx, o.id).escalation)).toEqual([
      'dispatch',
      'arrival',
      null,
    ]);
    expect(getOrderDetail(desk.ctx, waiting.id).overdue).toBe(true);
    expect(repairCounts(desk.ctx, desk.clock.now()).overdue).toBe(2);

    desk.clock.current = at(24, 14, 1);
    // Past the completion limit every one of them is escalated for completion, the arrived one too.
    expect([waiting, sent, there].map((o) => getOrderDetail(desk.ctx, o.id).escalation)).toEqual([
      'completion',
      'completion',
      'completion',
    ]);
    expect(new Set(ids(desk, { onlyOverdue: true }))).toEqual(new Set([waiting.id, sent.id, there.id]));
    // Completing ends the escalation.
    completeOrder(desk.ctx, clerk, done(there.id));
    expect(getOrderDetail(desk.ctx, there.id)).toMatchObject({ escalation: null, overdue: false });
  });

  it('never escalates a voided or a closed order', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const team = addTeam(desk);
    const voided = fileOrder(desk);
    voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '重复登记' });
    const closed = fileOrder(desk, { teamId: team.id });
    arriveOrder(desk.ctx, clerk, { id: closed.id });
    completeOrder(desk.ctx, clerk, done(closed.id));
    followUpOrder(desk.ctx, clerk, followUpRepairInput.parse({ id: closed.id, satisfaction: 'satisfied' }));
    closeOrder(desk.ctx, clerk, { id: closed.id, note: '' });
    desk.clock.current = at(30, 12);
    expect(getOrderDetail(desk.ctx, voided.id)).toMatchObject({ escalation: null, overdue: false });
    expect(getOrderDetail(desk.ctx, closed.id)).toMatchObject({ escalation: null, overdue: false, followUpDue: false });
    expect(repairCounts(desk.ctx, desk.clock.now())).toEqual({ open: 0, overdue: 0, followUpDue: 0 });
    expect(ids(desk, { onlyOverdue: true })).toEqual([]);
  });

  it('hands an escalated order over saying why and by when it was due', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk);
    const team = addTeam(desk);
    const late = fileOrder(desk, { teamId: team.id }, clerk);
    arriveOrder(desk.ctx, clerk, { id: late.id });
    desk.clock.current = at(24, 15);
    const section = previewHandover(desk.ctx, clerk).sections.find((s) => s.key === 'handover.repairs.title');
    const item = section?.open[0]?.items[0];
    expect(item).toMatchObject({ serial: late.serialNo, overdue: true, due: at(24, 14) });
    expect(item?.note).toMatch(/^已升级：超时未完工 · 已到场/);
  });
});

describe('the return visit reminder', () => {
  it('reminds the desk once a completed order is due for its return visit, until the visit is made', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk);
    const team = addTeam(desk);
    const order = fileOrder(desk, { teamId: team.id }, clerk);
    arriveOrder(desk.ctx, clerk, { id: order.id });
    desk.clock.current = at(24, 11);
    const completed = completeOrder(desk.ctx, clerk, done(order.id));
    // Four desk hours after 11:00.
    expect(completed.followUpDueAt).toBe(at(24, 15));

    // Not yet due: no reminder, not on the list, not in the handover's return-visit group.
    desk.clock.current = at(24, 14, 59);
    expect(getOrderDetail(desk.ctx, order.id).followUpDue).toBe(false);
    expect(repairCounts(desk.ctx, desk.clock.now()).followUpDue).toBe(0);
    expect(ids(desk, { onlyFollowUp: true })).toEqual([]);

    desk.clock.current = at(24, 15);
    expect(getOrderDetail(desk.ctx, order.id)).toMatchObject({ followUpDue: true, escalation: null });
    expect(repairCounts(desk.ctx, desk.clock.now())).toEqual({ open: 1, overdue: 0, followUpDue: 1 });
    expect(ids(desk, { onlyFollowUp: true })).toEqual([order.id]);
    const groups = previewHandover(desk.ctx, clerk).sections.find((s) => s.key === 'handover.repairs.title')?.open;
    expect(groups?.map((g) => [g.key, g.items.map((i) => i.serial)])).toEqual([
      ['handover.repairs.open', []],
      ['handover.repairs.followUp', [order.serialNo]],
    ]);

    followUpOrder(desk.ctx, clerk, followUpRepairInput.parse({ id: order.id, satisfaction: 'satisfied' }));
    expect(getOrderDetail(desk.ctx, order.id).followUpDue).toBe(false);
    expect(repairCounts(desk.ctx, desk.clock.now()).followUpDue).toBe(0);
  });

  it('carries the due time past closing, and no voided or reopened order reminds anyone', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const team = addTeam(desk);
    const evening = fileOrder(desk, { teamId: team.id });
    const voided = fileOrder(desk, { teamId: team.id });
    const unhappy = fileOrder(desk, { teamId: team.id });
    for (const o of [evening, voided, unhappy]) arriveOrder(desk.ctx, clerk, { id: o.id });
    completeOrder(desk.ctx, clerk, done(unhappy.id));
    desk.clock.current = at(24, 20);
    completeOrder(desk.ctx, clerk, done(voided.id));
    // Two hours that evening, two the next morning.
    expect(completeOrder(desk.ctx, clerk, done(evening.id)).followUpDueAt).toBe(at(25, 11, 30));
    voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '重复登记' });
    const reopened = followUpOrder(
      desk.ctx,
      clerk,
      followUpRepairInput.parse({ id: unhappy.id, satisfaction: 'dissatisfied', note: '还在滴水' }),
    );
    expect([reopened.status, reopened.followUpDueAt]).toEqual(['dispatched', null]);
    // Reopened at 20:00: new limits from then, in desk hours.
    expect(reopened.completeByAt).toBe(at(25, 11, 30));
    desk.clock.current = at(25, 11, 30);
    expect([evening, voided, unhappy].map((o) => getOrderDetail(desk.ctx, o.id).followUpDue)).toEqual([
      true,
      false,
      false,
    ]);
    expect(ids(desk, { onlyFollowUp: true })).toEqual([evening.id]);
    // The supervisor's shorter return-visit time applies to orders completed from then on.
    saveRepairSettings(desk.ctx, desk.clerkByRole('supervisor'), {
      targetMinutes: { urgent: 15, normal: 480 },
      followUpMinutes: 30,
    });
    const next = fileOrder(desk, { teamId: team.id });
    arriveOrder(desk.ctx, clerk, { id: next.id });
    expect(completeOrder(desk.ctx, clerk, done(next.id)).followUpDueAt).toBe(at(25, 12));
  });
});
