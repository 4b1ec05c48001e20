import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export { dayjs };

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * YYYYMMDD of the instant in the site's time zone: the day a serial number belongs to. Every save asks for it,
 * so it uses one cached Intl formatter per zone (dayjs' tz plugin builds one per call, about 50 µs).
 */
export function siteDay(ms: number, timeZone: string): string {
  return siteDate(ms, timeZone).replaceAll('-', '');
}

/** YYYY-MM-DD of the instant in the site's time zone (the same cached formatter as `siteDay`). */
export function siteDate(ms: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(ms);
}

/** The site day `at` falls on: its midnight to the next, in the site's zone (23 or 25 hours where clocks move). */
export function siteDayWindow(at: number, timeZone: string): { from: number; to: number } {
  const day = dayjs(at).tz(timeZone).startOf('day');
  return { from: day.valueOf(), to: day.add(1, 'day').startOf('day').valueOf() };
}

export function formatSiteTime(ms: number, timeZone: string): string {
  return siteTimeFormatter(timeZone)(ms);
}

/** Offsets change only at whole quarter hours (UTC) in every zone of the tz database since 1970. */
const QUARTER_HOUR = 15 * 60 * 1000;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `ms`, in ms, from one cached Intl formatter (what dayjs' tz plugin computes). */
function zoneOffset(ms: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const local = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return local - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Offsets by quarter hour, per zone, kept across exports (ten years are 350,000 quarters, a few MB at most). */
const zoneOffsets = new Map<string, Map<number, number>>();

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD HH:mm` in the site's time zone, as `dayjs(ms).tz(zone).format(…)` gives it, at a fraction of the
 * cost: the zone's offset is looked up once per quarter hour of time (offsets change only on quarter hours) and the
 * digits come from UTC arithmetic. An export formats several times per row, a million rows at ten years; dayjs'
 * tz plugin builds an Intl formatter per call and was half of the export's time.
 */
export function siteTimeFormatter(timeZone: string): (ms: number) => string {
  let offsets = zoneOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map<number, number>();
    zoneOffsets.set(timeZone, offsets);
  }
  const known = offsets;
  return (ms) => {
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = known.get(quarter);
    if (offset === undefined) {
      if (known.size > 400_000) known.clear();
      offset = zoneOffset(quarter * QUARTER_HOUR, timeZone);
      known.set(quarter, offset);
    }
    const d = new Date(ms + offset);
    return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  };
}
