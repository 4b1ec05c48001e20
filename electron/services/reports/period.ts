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
