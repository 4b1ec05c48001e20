import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Today as YYYY-MM-DD in the site's time zone. */
export function siteToday(timeZone: string): string {
  return dayjs().tz(timeZone).format('YYYY-MM-DD');
}

/** [start of `from`, start of the day after `to`) in the site's time zone, or null when a day is not valid. */
export function siteDayRange(from: string, to: string, timeZone: string): { from: number; to: number } | null {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  if (!valid.test(from) || !valid.test(to)) return null;
  const start = dayjs.tz(from, timeZone).valueOf();
  const end = dayjs.tz(to, timeZone).add(1, 'day').valueOf();
  return Number.isNaN(start) || Number.isNaN(end) || end <= start ? null : { from: start, to: end };
}
