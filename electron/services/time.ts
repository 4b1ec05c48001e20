import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export { dayjs };

/** YYYYMMDD of the instant in the site's time zone: the day a serial number belongs to. */
export function siteDay(ms: number, timeZone: string): string {
  return dayjs(ms).tz(timeZone).format('YYYYMMDD');
}

export function formatSiteTime(ms: number, timeZone: string): string {
  return dayjs(ms).tz(timeZone).format('YYYY-MM-DD HH:mm');
}
