import type { Sqlite } from '../../db/open';
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
  return `${prefix}-${code}-${day}-${String(row.last).padStart(4, '0')}`;
}
