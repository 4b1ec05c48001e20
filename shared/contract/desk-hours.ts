import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { BusinessHours } from './settings';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * When the desk is open, from the business hours in the settings (weekday and weekend hours, in the site's zone),
 * for every deadline a clerk is offered or the desk sets by itself: a deposit's expected pickup, a loan due back
 * today, a callback's reply-by time, a complaint's promised deadline. One rule on both sides: a default never falls
 * when the desk is closed, nor in the past.
 */
export interface DeskHours {
  hours: BusinessHours;
  timeZone: string;
}

/** The day's opening and closing moments (weekend hours on Saturday and Sunday) of the site day `at` falls on. */
export function openingOf(desk: DeskHours, at: number): { open: number; close: number } {
  const local = dayjs(at).tz(desk.timeZone);
  const weekend = local.day() === 0 || local.day() === 6;
  const moment = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return dayjs
      .tz(local.format('YYYY-MM-DD'), desk.timeZone)
      .hour(h ?? 0)
      .minute(m ?? 0)
      .valueOf();
  };
  return {
    open: moment(weekend ? desk.hours.weekendOpen : desk.hours.weekdayOpen),
    close: moment(weekend ? desk.hours.weekendClose : desk.hours.weekdayClose),
  };
}

/** Noon of the next site day: a moment safely inside it (no zone of ours moves its clock at noon). */
function nextDayNoon(desk: DeskHours, at: number): number {
  return dayjs(at).tz(desk.timeZone).add(1, 'day').hour(12).minute(0).second(0).millisecond(0).valueOf();
}

/** Today's closing time, or once the desk has closed (a deposit at 22:03) the next day's: never a time past. */
export function nextClosing(desk: DeskHours, now: number): number {
  const today = openingOf(desk, now).close;
  return today > now ? today : openingOf(desk, nextDayNoon(desk, now)).close;
}

/** The next moment the desk opens at or after `at` (`at` itself while it is open). */
export function nextOpenMoment(desk: DeskHours, at: number): number {
  const day = openingOf(desk, at);
  if (at < day.open) return day.open;
  if (at < day.close) return at;
  return openingOf(desk, nextDayNoon(desk, at)).open;
}

/** Noon of the site day before: a moment safely inside it. */
function previousDayNoon(desk: DeskHours, at: number): number {
  return dayjs(at).tz(desk.timeZone).subtract(1, 'day').hour(12).minute(0).second(0).millisecond(0).valueOf();
}

/**
 * `from` plus `span` on the clock, but the part of it that would fall after closing goes on at the next opening:
 * a 4-hour promise at 21:00 with closing at 22:00 is due at 12:30 the next morning (one hour that evening, three
 * the next morning), not at 01:00 when nobody is at the desk. A span that ends while the desk is open is unchanged;
 * one that starts and ends while the desk is closed starts at the next opening.
 */
export function addDeskTime(desk: DeskHours, from: number, span: number): number {
  let start = from;
  let left = span;
  // Each turn moves on by at least one day's closing; a span of years ends long before the guard.
  for (let guard = 0; guard < 10_000; guard += 1) {
    const due = start + left;
    const day = openingOf(desk, due);
    if (due >= day.open && due <= day.close) return due;
    const lastClose = due < day.open ? openingOf(desk, previousDayNoon(desk, due)).close : day.close;
    if (start >= lastClose) {
      start = nextOpenMoment(desk, start);
      continue;
    }
    left = due - lastClose;
    start = nextOpenMoment(desk, lastClose);
  }
  return start + left;
}

/** A moment moved into that day's opening hours: before opening to the opening, after closing to the closing. */
export function withinDayHours(desk: DeskHours, at: number): number {
  const day = openingOf(desk, at);
  return Math.min(Math.max(at, day.open), day.close);
}
