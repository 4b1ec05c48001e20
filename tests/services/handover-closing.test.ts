import { describe, expect, it } from 'vitest';
import { logCall } from '../../electron/services/calls';
import type { Actor } from '../../electron/services/context';
import { closingWarnings, previewHandover } from '../../electron/services/handover';
import { signOutVisit } from '../../electron/services/reception/visits';
import { thisCounterId, writeSetting } from '../../electron/services/settings';
import { openOrContinueShift } from '../../electron/services/shifts';
import { listSlips, pickUpGoods } from '../../electron/services/storage';
import { type LogCallInput, logCallInput } from '../../shared/contract/calls';
import { listSlipsInput, pickupInput } from '../../shared/contract/storage';
import { freshDesk, type TestDesk } from '../helpers/db';
import { register } from '../helpers/reception';
import { addLocation, bags, deposit, HOUR } from '../helpers/storage';

// The test clock starts on Tuesday 2026-11-24 at 10:00 in Shanghai; weekday hours are 09:30–22:00.
const site = (local: string) => Date.parse(`${local}+08:00`);
const CLOSING = site('2026-11-24T22:00:00');

function onShift(desk: TestDesk): Actor {
  const base = desk.clerkByRole('clerk');
  const counterId = thisCounterId(desk.ctx) as string;
  const shift = openOrContinueShift(desk.ctx, { ...base, counterId }, counterId);
  return { ...base, shiftId: shift.id, counterId };
}

const call: LogCallInput = {
  direction: 'incoming',
  callerName: '刘先生',
  phone: '13812345678',
  category: 'enquiry',
  summary: '询问停车收费标准',
};

function promise(desk: TestDesk, replyDueAt: number) {
  return logCall(desk.ctx, desk.clerkByRole('clerk'), logCallInput.parse({ ...call, replyNeeded: true, replyDueAt }));
}

/** A day with one of each thing counted, and beside each one that must not be. */
async function busyDay() {
  const desk = await freshDesk();
  const clerk = onShift(desk);
  // Visitors: one still on site; one signed out; a repair report, which is not a visitor on site.
  register(desk, { visitorName: '张三' });
  const left = register(desk, { visitorName: '李四', phone: '13911112222' });
  signOutVisit(desk.ctx, clerk, { id: left.id, badgeReturned: false });
  register(desk, { visitorName: '王五', purpose: 'repair', repairLocation: 'B1 停车场' });
  // Goods: one due at 18:00 today; one due tomorrow; one due today but already picked up.
  const a = addLocation(desk, 'L-01');
  const b = addLocation(desk, 'L-02');
  const c = addLocation(desk, 'L-03');
  const today = deposit(desk, { ...bags(a.id), expectedPickupAt: site('2026-11-24T18:00:00') }, clerk);
  const tomorrow = deposit(desk, { ...bags(b.id), expectedPickupAt: site('2026-11-25T12:00:00') }, clerk);
  const collected = deposit(desk, { ...bags(c.id), expectedPickupAt: site('2026-11-24T19:00:00') }, clerk);
  pickUpGoods(
    desk.ctx,
    clerk,
    pickupInput.parse({
      id: collected.slip.id,
      proof: 'claim_code',
      claimCode: collected.claimCode,
      pieces: 2,
      collectorName: '赵敏',
    }),
  );
  // Callbacks: two promised for today (one at 21:30), one for tomorrow morning.
  promise(desk, site('2026-11-24T15:00:00'));
  promise(desk, site('2026-11-24T21:30:00'));
  promise(desk, site('2026-11-25T10:00:00'));
  return { desk, clerk, today, tomorrow };
}

// In the registry's order: visitors, phone log, storage.
describe('the end-of-day warnings', () => {
  it('count what the day leaves open, and are reached at closing time by the app clock, not before', async () => {
    const { desk } = await busyDay();
    const expected = [
      { key: 'visitorsOnSite', count: 1 },
      { key: 'callbacksDueToday', count: 2 },
      { key: 'pickupsDueToday', count: 1 },
    ];
    const morning = closingWarnings(desk.ctx, desk.clock.now());
    expect(morning).toEqual({ closingAt: CLOSING, reached: false, warnings: expected });
    desk.clock.current = CLOSING - 1;
    expect(closingWarnings(desk.ctx, desk.clock.now()).reached).toBe(false);
    desk.clock.current = CLOSING;
    expect(closingWarnings(desk.ctx, desk.clock.now())).toEqual({
      closingAt: CLOSING,
      reached: true,
      warnings: expected,
    });
  });

  it('are on the handover sheet, and the storage list of goods due today holds exactly those counted', async () => {
    const { desk, clerk, today } = await busyDay();
    desk.clock.current = CLOSING + HOUR / 2;
    const sheet = previewHandover(desk.ctx, clerk);
    expect(sheet.closingWarnings).toEqual([
      { key: 'visitorsOnSite', count: 1 },
      { key: 'callbacksDueToday', count: 2 },
      { key: 'pickupsDueToday', count: 1 },
    ]);
    const dueToday = listSlips(desk.ctx, listSlipsInput.parse({ filter: 'dueToday', limit: 50 })) as { id: string }[];
    expect(dueToday.map((s) => s.id)).toEqual([today.slip.id]);
  });

  it("do not count yesterday's goods and callbacks as today's the next day, and leave out what is clear", async () => {
    const { desk, tomorrow } = await busyDay();
    desk.clock.current = site('2026-11-25T22:00:00');
    // Yesterday's slip is overdue now (the badge's), not due today; tomorrow's slip and callback are today's.
    expect(closingWarnings(desk.ctx, desk.clock.now()).warnings).toEqual([
      { key: 'visitorsOnSite', count: 1 },
      { key: 'callbacksDueToday', count: 1 },
      { key: 'pickupsDueToday', count: 1 },
    ]);
    const dueToday = listSlips(desk.ctx, listSlipsInput.parse({ filter: 'dueToday', limit: 50 })) as { id: string }[];
    expect(dueToday.map((s) => s.id)).toEqual([tomorrow.slip.id]);
    // A desk with nothing open has no warnings, even at closing time.
    const quiet = await freshDesk();
    quiet.clock.current = CLOSING;
    expect(closingWarnings(quiet.ctx, quiet.clock.now())).toEqual({ closingAt: CLOSING, reached: true, warnings: [] });
  });

  it('are never reached on a closed day, which has no closing time', async () => {
    const { desk } = await busyDay();
    writeSetting(desk.ctx, desk.clerkByRole('supervisor'), 'closedDays', {
      days: [{ date: '2026-11-24', name: '店庆闭店' }],
    });
    desk.clock.current = CLOSING + HOUR;
    const closed = closingWarnings(desk.ctx, desk.clock.now());
    expect(closed.closingAt).toBeNull();
    expect(closed.reached).toBe(false);
  });
});
