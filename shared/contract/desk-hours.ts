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
  /**
   * Site days (YYYY-MM-DD) the desk does not open at all (a public holiday, the 春节 closure): no deadline falls on
   * one, and time counted in desk hours skips it.
   */
  closedDays?: readonly string[];
}

/** The longest run of closed days the rules look through (the closed-days setting holds far fewer). */
const MAX_CLOSED_RUN = 400;

function isClosedDay(desk: DeskHours, at: number): boolean {
  if (!desk.closedDays?.length) return false;
  return desk.closedDays.includes(dayjs(at).tz(desk.timeZone).format('YYYY-MM-DD'));
}

/**
 * The day's opening and closing moments (weekend hours on Saturday and Sunday) of the site day `at` falls on, as the
 * business hours set them; `closed` when the day is one of the closed days (no moment of it is open).
 */
export function openingOf(desk: DeskHours, at: number): { open: number; close: number; closed: boolean } {
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
    closed: isClosedDay(desk, at),
  };
}

/** Noon of the next site day: a moment safely inside it (no zone of ours moves its clock at noon). */
function nextDayNoon(desk: DeskHours, at: number): number {
  return dayjs(at).tz(desk.timeZone).add(1, 'day').hour(12).minute(0).second(0).millisecond(0).valueOf();
}

/** The hours of the first site day after the one `at` falls on that is not a closed day. */
function nextOpenDay(desk: DeskHours, at: number): { open: number; close: number } {
  let noon = nextDayNoon(desk, at);
  for (let i = 0; i < MAX_CLOSED_RUN && openingOf(desk, noon).closed; i += 1) noon = nextDayNoon(desk, noon);
  return openingOf(desk, noon);
}

/**
 * Today's closing time, or once the desk has closed (a deposit at 22:03) or on a closed day the next opening day's:
 * never a time past, never a day the desk is shut.
 */
export function nextClosing(desk: DeskHours, now: number): number {
  const today = openingOf(desk, now);
  return !today.closed && today.close > now ? today.close : nextOpenDay(desk, now).close;
}

/** The next moment the desk opens at or after `at` (`at` itself while it is open); closed days are skipped. */
export function nextOpenMoment(desk: DeskHours, at: number): number {
  const day = openingOf(desk, at);
  if (!day.closed && at < day.open) return day.open;
  if (!day.closed && at < day.close) return at;
  return nextOpenDay(desk, at).open;
}

/** Noon of the site day before: a moment safely inside it. */
function previousDayNoon(desk: DeskHours, at: number): number {
  return dayjs(at).tz(desk.timeZone).subtract(1, 'day').hour(12).minute(0).second(0).millisecond(0).valueOf();
}

/** The last closing at or before `at`, of an opening day: a closed day between does not count as one. */
function lastClosingBefore(desk: DeskHours, at: number): number {
  const day = openingOf(desk, at);
  if (!day.closed && at >= day.close) return day.close;
  let noon = previousDayNoon(desk, at);
  for (let i = 0; i < MAX_CLOSED_RUN && openingOf(desk, noon).closed; i += 1) noon = previousDayNoon(desk, noon);
  return openingOf(desk, noon).close;
}

/**
 * `from` plus `span` on the clock, but the part of it that would fall after closing goes on at the next opening:
 * a 4-hour promise at 21:00 with closing at 22:00 is due at 12:30 the next morning (one hour that evening, three
 * the next morning), not at 01:00 when nobody is at the desk. A span started and ended while the desk is open is
 * unchanged; one started while it is closed starts at the next opening (4 hours from 08:00 with opening at 09:30 are
 * due at 13:30, not 12:00). A closed day counts no desk time.
 */
export function addDeskTime(desk: DeskHours, from: number, span: number): number {
  // Started while the desk is closed (at 08:00, at 00:30, on a closed day), it counts from the next opening: the
  // hours before it are nobody's working hours, even when the span would end inside the day's hours.
  let start = nextOpenMoment(desk, from);
  let left = span;
  // Each turn moves on by at least one day's closing; a span of years ends long before the guard.
  for (let guard = 0; guard < 10_000; guard += 1) {
    const due = start + left;
    const day = openingOf(desk, due);
    if (!day.closed && due >= day.open && due <= day.close) return due;
    const lastClose = lastClosingBefore(desk, due);
    if (start >= lastClose) {
      start = nextOpenMoment(desk, start);
      continue;
    }
    left = due - lastClose;
    start = nextOpenMoment(desk, lastClose);
  }
  return start + left;
}

/**
 * How much desk time lies between `from` and `to`: the parts of [from, to) inside each day's opening hours, closed
 * days counting none. A complaint waiting for the customer over the night is paused for the 10 minutes before
 * closing, not the 11 hours 40 until the next opening. Zero when `to` is not after `from`.
 */
export function deskTimeBetween(desk: DeskHours, from: number, to: number): number {
  let total = 0;
  let at = from;
  // One turn per site day; a pause of years ends long before the guard.
  for (let guard = 0; guard < 10_000 && at < to; guard += 1) {
    const day = openingOf(desk, at);
    if (!day.closed) total += Math.max(0, Math.min(to, day.close) - Math.max(at, day.open));
    // The next site day's midnight, in the site's zone.
    at = dayjs(nextDayNoon(desk, at)).tz(desk.timeZone).startOf('day').valueOf();
  }
  return total;
}

/**
 * A moment moved into that day's opening hours: before opening to the opening, after closing to the closing. On a
 * closed day it is the next opening day's closing: a deadline the desk cannot keep that day is kept the next one
 * it opens, by the end of it.
 */
export function withinDayHours(desk: DeskHours, at: number): number {
  const day = openingOf(desk, at);
  if (day.closed) return nextOpenDay(desk, at).close;
  return Math.min(Math.max(at, day.open), day.close);
}

/** The quick choices a clerk has for a callback's reply-by time. */
export type ReplyByPreset = 'in30m' | 'in2h' | 'closing';

/**
 * A reply-by quick choice, never when the desk is closed: "in 2 hours" at 21:00 (closing at 22:00) is 10:30 the next
 * opening day, "by closing" after closing or on a closed day is the next open day's closing. The form reads the
 * hours and closed days from `settings:deskHours`, the ones the service counts its own deadlines over.
 */
export function replyByPreset(desk: DeskHours, preset: ReplyByPreset, now: number): number {
  if (preset === 'closing') return nextClosing(desk, now);
  return addDeskTime(desk, now, preset === 'in30m' ? 30 * 60_000 : 2 * 3600_000);
}
