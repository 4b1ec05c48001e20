import type { ReportKind } from '../../../shared/contract/reports';
import { dayjs } from '../time';

export interface ReportDay {
  day: string;
  from: number;
  to: number;
}

/** The site-local days of a period with their [from, to) instants: midnights in the site's time zone. */
export function periodDays(kind: ReportKind, period: string, timeZone: string): ReportDay[] {
  const first = dayjs.tz(kind === 'daily' ? period : `${period}-01`, timeZone).startOf('day');
  const end = kind === 'daily' ? first.add(1, 'day') : first.add(1, 'month');
  const days: ReportDay[] = [];
  for (let d = first; d.isBefore(end); d = d.add(1, 'day')) {
    // Midnight of the next calendar day in the zone, not +24 h: correct also where daylight saving changes.
    const next = dayjs.tz(d.add(1, 'day').format('YYYY-MM-DD'), timeZone);
    days.push({ day: d.format('YYYY-MM-DD'), from: d.valueOf(), to: next.valueOf() });
  }
  return days;
}

/**
 * The days a report shows: the current month stops at today (site time), so no day still to come is a row of zeros
 * and its averages run over the days elapsed; a past month is whole, a month still to come has no day yet.
 */
export function reportDays(kind: ReportKind, period: string, timeZone: string, now: number): ReportDay[] {
  const days = periodDays(kind, period, timeZone);
  return kind === 'monthly' ? days.filter((d) => d.from <= now) : days;
}
