import type { Sqlite } from '../../db/open';
import { enrolledCounterIndex } from './sync/settings';
import { siteDay } from './time';

/**
 * Next number for a prefix on the site's current day, e.g. `TS-XH-20261124-0003`.
 * Runs in the caller's transaction, so a failed save gives its number back: numbers are unique and gapless.
 */
export function allocateSerial(sqlite: Sqlite, prefix: string, now: number): string {
  const site = sqlite.prepare('select code, time_zone as timeZone from site limit 1').get() as
    | { code: string; timeZone: string }
    | undefined;
  const code = site?.code ?? 'XX';
  const day = siteDay(now, site?.timeZone ?? 'Asia/Shanghai');
  const row = sqlite
    .prepare(
      `insert into serial_counters (prefix, day, last) values (?, ?, 1)
       on conflict (prefix, day) do update set last = last + 1 returning last`,
    )
    .get(prefix, day) as { last: number };
  return `${prefix}-${code}-${day}-${serialNumber(row.last, enrolledCounterIndex(sqlite))}`;
}

/**
 * A single desk numbers 0001, 0002, ... A counter of a site owns a block per day, so its serials are final even
 * offline: counter k issues k001 to k999 (counter 2: 2001, 2002, ...). Past 999 a counter writes `k-1000`, which no
 * other block can produce.
 */
export function serialNumber(last: number, counterIndex: number | null): string {
  if (counterIndex === null) return String(last).padStart(4, '0');
  if (last <= 999) return `${counterIndex}${String(last).padStart(3, '0')}`;
  return `${counterIndex}-${last}`;
}
