import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import i18n from '../i18n';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

const FORMAT = 'YYYY-MM-DD HH:mm';

/** `YYYY-MM-DD HH:mm`, 24-hour, in the site's time zone. */
export function formatDateTime(ms: number, timeZone: string): string {
  return dayjs(ms).tz(timeZone).format(FORMAT);
}

/** 0 (Sunday) to 6, on the site's calendar. */
export function siteWeekday(ms: number, timeZone: string): number {
  return dayjs(ms).tz(timeZone).day();
}

export function formatTime(ms: number, timeZone: string): string {
  return dayjs(ms).tz(timeZone).format('HH:mm');
}

/** "2026-11-24 09:30" in the site's zone to epoch ms; '' is null (now), anything else unreadable is undefined. */
export function parseSiteDateTime(text: string, timeZone: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!dayjs(t, FORMAT, true).isValid()) return undefined;
  return dayjs.tz(t, FORMAT, timeZone).valueOf();
}

/** 35 分钟 / 2 小时 5 分 / 3 天, for overdue and time-left words. */
export function spanInWords(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return i18n.t('calls.minutes', { count: minutes });
  if (minutes < 24 * 60 && minutes % 60 === 0) return i18n.t('calls.hoursOnly', { count: minutes / 60 });
  if (minutes < 24 * 60) return i18n.t('calls.hours', { count: Math.floor(minutes / 60), minutes: minutes % 60 });
  return i18n.t('calls.days', { count: Math.floor(minutes / (24 * 60)) });
}

/** Today as YYYY-MM-DD in the site's time zone. */
export function siteToday(timeZone: string): string {
  return dayjs().tz(timeZone).format('YYYY-MM-DD');
}

/** The day of a moment as YYYY-MM-DD in the site's time zone. */
export function siteDay(ms: number, timeZone: string): string {
  return dayjs(ms).tz(timeZone).format('YYYY-MM-DD');
}

/** [start of `from`, start of the day after `to`) in the site's time zone, or null when a day is not valid. */
export function siteDayRange(from: string, to: string, timeZone: string): { from: number; to: number } | null {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  if (!valid.test(from) || !valid.test(to)) return null;
  const start = dayjs.tz(from, timeZone).valueOf();
  const end = dayjs.tz(to, timeZone).add(1, 'day').valueOf();
  return Number.isNaN(start) || Number.isNaN(end) || end <= start ? null : { from: start, to: end };
}

/** "2026-12-20" in the site's zone to the start of that day; '' is null, anything unreadable is undefined. */
export function parseSiteDay(text: string, timeZone: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!dayjs(t, 'YYYY-MM-DD', true).isValid()) return undefined;
  return dayjs.tz(t, 'YYYY-MM-DD', timeZone).valueOf();
}

/** "2026-12-20" of the instant in the site's zone. */
export function formatSiteDay(ms: number, timeZone: string): string {
  return dayjs(ms).tz(timeZone).format('YYYY-MM-DD');
}
