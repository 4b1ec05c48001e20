import { isWorkday as packageIsWorkday } from 'chinese-days';
import packageData from 'chinese-days/dist/chinese-days.json';
import type { CalendarDayView } from '../../../shared/contract/complaints';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { getSite } from '../settings';
import { siteDate } from '../time';
import { write } from '../write';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The years the packaged official calendar covers (chinese-days 1.5.7 knows up to 2026). For later years only
 * weekends count as rest days until a supervisor records that year's holidays and 调休 days.
 */
const packagedYears = new Set(
  [...Object.keys(packageData.holidays), ...Object.keys(packageData.workdays)].map((d) => Number(d.slice(0, 4))),
);
export const lastPackagedYear = Math.max(...packagedYears);

type Overrides = Map<string, { version: number; work: boolean; note: string }>;

function loadOverrides(ctx: ServiceContext): Overrides {
  const rows = ctx.sqlite.prepare('select day, version, work, note from complaint_calendar_days').all() as {
    day: string;
    version: number;
    work: number;
    note: string;
  }[];
  return new Map(rows.map((r) => [r.day, { version: r.version, work: r.work === 1, note: r.note }]));
}

function dayOfWeek(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

function isWorkingDay(day: string, overrides: Overrides): boolean {
  const own = overrides.get(day);
  if (own) return own.work;
  if (packagedYears.has(Number(day.slice(0, 4)))) return packageIsWorkday(day);
  const dow = dayOfWeek(day);
  return dow !== 0 && dow !== 6;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the site's time zone. */
export const localDay = siteDate;

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * The same clock time on the n-th working day after `from`. Steps whole days of 24 h: the site zone
 * (Asia/Shanghai) has no daylight saving, so a calendar day is always 24 h there.
 */
export function addWorkingDays(ctx: ServiceContext, from: number, n: number): number {
  const overrides = loadOverrides(ctx);
  const tz = getSite(ctx).timeZone;
  let day = localDay(from, tz);
  let counted = 0;
  let steps = 0;
  while (counted < n) {
    day = nextDay(day);
    steps += 1;
    if (isWorkingDay(day, overrides)) counted += 1;
  }
  return from + steps * DAY_MS;
}

export function listCalendar(ctx: ServiceContext, year: number): CalendarDayView[] {
  const overrides = loadOverrides(ctx);
  const result: CalendarDayView[] = [];
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = nextDay(day)) {
    const own = overrides.get(day);
    if (own) {
      result.push({ day, version: own.version, work: own.work, note: own.note, source: 'desk' });
      continue;
    }
    const weekend = [0, 6].includes(dayOfWeek(day));
    const work = isWorkingDay(day, overrides);
    // Only the days that differ from a plain Monday-to-Friday week are listed.
    if (work === weekend) result.push({ day, version: 0, work, note: '', source: 'package' });
  }
  return result;
}

export function setCalendarDay(
  ctx: ServiceContext,
  actor: Actor,
  input: { day: string; work: boolean; note: string },
): CalendarDayView {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  const exists = ctx.sqlite.prepare('select 1 from complaint_calendar_days where day = ?').get(input.day);
  const version = write(ctx, actor, (tx) => {
    const values = { work: input.work, note: input.note, updatedAt: tx.now };
    if (exists) return tx.update('complaintCalendarDays', input.day, values).after.version;
    return tx.insert('complaintCalendarDays', { day: input.day, ...values }).version;
  });
  return { day: input.day, version, work: input.work, note: input.note, source: 'desk' };
}

export function isWorkingDayAt(ctx: ServiceContext, day: string): boolean {
  return isWorkingDay(day, loadOverrides(ctx));
}
