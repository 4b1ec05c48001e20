import type { passes } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Passes = TableRef<typeof passes>['c'];

/** Out with its holder (the partial index `passes_out` holds exactly these). */
export function passOut(p: Passes): string {
  return `${p.status} = 'issued' and ${p.voidedAt} is null`;
}

/** Out after its last day; `today` is an SQL expression for the site's day (YYYY-MM-DD). */
export function passExpired(p: Passes, today: string): string {
  return `${passOut(p)} and ${p.validTo} < ${today}`;
}

/** Issued before `asOf` and neither returned nor revoked by then. */
export function passOutAt(p: Passes, asOf: string): string {
  return `${p.issuedAt} < ${asOf} and (${p.returnedAt} is null or ${p.returnedAt} > ${asOf})
    and (${p.voidedAt} is null or ${p.voidedAt} > ${asOf})`;
}
