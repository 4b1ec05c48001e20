/** Return visits are planned for the site's days, not hours. */
import type { ServiceContext } from '../context';
import { getSite } from '../settings';
import { dayjs } from '../time';

export const DAY_MS = 24 * 3600 * 1000;

export function timeZone(ctx: ServiceContext): string {
  return getSite(ctx)?.timeZone ?? 'Asia/Shanghai';
}

/** The start of the site's day that `ms` falls in (a plan is for a day, not an hour). */
export function siteDayStart(ms: number, tz: string): number {
  return dayjs(ms).tz(tz).startOf('day').valueOf();
}

export function todayBounds(ctx: ServiceContext): { dayStart: number; dayEnd: number } {
  const tz = timeZone(ctx);
  const dayStart = siteDayStart(ctx.clock.now(), tz);
  return { dayStart, dayEnd: dayjs(dayStart).tz(tz).add(1, 'day').valueOf() };
}
