import type { Actor } from '../../electron/services/context';
import { closeShift, openOrContinueShift } from '../../electron/services/shifts';
import { planComplaint, planReturn } from './cases';
import { act, type GenDesk } from './desk';
import { planCall, planVisit } from './front';
import { makeCompanies, planDeposit, planInvoice } from './goods';
import {
  approvalOf,
  mallPerWeekday,
  newGiftDay,
  planAnnouncement,
  planCampaign,
  planDirectoryEdit,
  planDraw,
  planFound,
  planLoan,
  planLossReport,
  planLostChild,
  planLostfoundSweep,
  planRedemption,
} from './mall';
import { planPass, planRelease, planRenovation, planRepair, propertyPerWeekday } from './property';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The demo site is in Asia/Shanghai (UTC+8, no daylight saving). */
const SITE_OFFSET = 8 * HOUR;

/**
 * New records per weekday; weekends are a quarter busier, so a week averages about 700 a day at the front desk,
 * and about 120 more in the mall's and the property's other modules (the demo site is both).
 */
const frontDeskPerWeekday = { visit: 240, call: 240, storage: 100, invoice: 42, return: 18, complaint: 12 };
const perWeekday = {
  ...frontDeskPerWeekday,
  ...mallPerWeekday,
  ...propertyPerWeekday,
};

/** Relative traffic of each opening hour 10:00–21:00: peaks at lunch and in the evening. */
const hourWeights: [number, number][] = [
  [10, 1],
  [11, 1.5],
  [12, 2.2],
  [13, 2],
  [14, 1.3],
  [15, 1.2],
  [16, 1.2],
  [17, 1.5],
  [18, 2.2],
  [19, 2.4],
  [20, 1.8],
  [21, 1],
];

/** Midnight of the site's calendar day that contains `ms`, in UTC epoch ms. */
export function siteMidnight(ms: number): number {
  return Math.floor((ms + SITE_OFFSET) / DAY) * DAY - SITE_OFFSET;
}

let companies: ReturnType<typeof makeCompanies> | null = null;

function onShift(desk: GenDesk, at: number, who: Actor, previous: string | null): string {
  let shiftId = previous ?? '';
  act(desk, at, 'shift', () => {
    if (previous) closeShift(desk.ctx, desk.onDuty, previous);
    const shift = openOrContinueShift(desk.ctx, who, desk.counterId);
    shiftId = shift.id;
    desk.onDuty = { ...who, shiftId: shift.id, counterId: desk.counterId };
  });
  return shiftId;
}

/** Schedules one day's new records and shift changes; the caller runs the scheduler through the day. */
export function planDay(desk: GenDesk, midnight: number, frontDesk = 1): void {
  companies ??= makeCompanies(desk.rng, 40);
  const weekday = new Date(midnight + SITE_OFFSET).getUTCDay();
  const factor = weekday === 0 || weekday === 6 ? 1.25 : 1;
  const opens = midnight + 10 * HOUR;
  const closes = midnight + 22 * HOUR;
  let shiftId: string | null = null;
  desk.scheduler.add(opens - 15 * MINUTE, () => {
    shiftId = onShift(desk, opens - 15 * MINUTE, desk.staff.clerk, null);
  });
  desk.scheduler.add(midnight + 16 * HOUR, () => {
    shiftId = onShift(desk, midnight + 16 * HOUR, desk.staff.lead, shiftId);
  });
  desk.scheduler.add(closes + 10 * MINUTE, () =>
    act(desk, closes + 10 * MINUTE, 'shift', () => {
      if (shiftId) closeShift(desk.ctx, desk.onDuty, shiftId);
    }),
  );
  const moment = () => {
    const hour = desk.rng.weighted(hourWeights);
    return midnight + hour * HOUR + desk.rng.int(0, HOUR - 1);
  };
  const dayOfMonth = new Date(midnight + SITE_OFFSET).getUTCDate();
  newGiftDay(desk);
  if (dayOfMonth === 1) desk.scheduler.add(opens - 30 * MINUTE, () => planCampaign(desk, opens - 30 * MINUTE));
  if (dayOfMonth === 15) desk.scheduler.add(opens - 20 * MINUTE, () => planDirectoryEdit(desk, opens - 20 * MINUTE));
  if (weekday === 1) planLostfoundSweep(desk, opens + 30 * MINUTE);
  const planned: [keyof typeof perWeekday, (at: number) => void][] = [
    ['visit', (at) => planVisit(desk, at)],
    ['call', (at) => planCall(desk, at)],
    ['storage', (at) => planDeposit(desk, at, closes)],
    ['invoice', (at) => planInvoice(desk, at, companies ?? [])],
    ['return', (at) => planReturn(desk, at)],
    ['complaint', (at) => planComplaint(desk, at)],
    ['found', (at) => planFound(desk, at)],
    ['lossReport', (at) => planLossReport(desk, at)],
    ['loan', (at) => planLoan(desk, at, closes)],
    ['announcement', (at) => planAnnouncement(desk, at)],
    ['lostChild', (at) => planLostChild(desk, at)],
    // Redemptions and draws only while the month's campaign runs (its first ten days).
    ['redemption', (at) => planRedemption(desk, at)],
    ['draw', (at) => planDraw(desk, at)],
    ['repair', (at) => planRepair(desk, at)],
    ['release', (at) => planRelease(desk, at, closes, approvalOf(desk, 'lead'))],
    ['pass', (at) => planPass(desk, at)],
    ['renovation', (at) => planRenovation(desk, at)],
  ];
  const campaignDay = dayOfMonth <= 10;
  for (const [kind, plan] of planned) {
    if ((kind === 'redemption' || kind === 'draw') && !campaignDay) continue;
    const share = kind in frontDeskPerWeekday ? frontDesk : 1;
    const n = desk.rng.around(perWeekday[kind] * factor * share);
    for (let i = 0; i < n; i++) {
      const at = moment();
      desk.scheduler.add(at, () => plan(at));
    }
  }
}
