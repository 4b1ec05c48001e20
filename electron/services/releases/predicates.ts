import type { releasePasses } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Passes = TableRef<typeof releasePasses>['c'];

/** Issued and not yet through the gate (the partial index `release_passes_waiting` holds exactly these). */
export function waitingPass(p: Passes): string {
  return `${p.status} = 'issued' and ${p.voidedAt} is null`;
}

/** Still waiting after its day: `today` is an SQL expression for the site's day (YYYY-MM-DD). */
export function expiredPass(p: Passes, today: string): string {
  return `${waitingPass(p)} and ${p.validDay} < ${today}`;
}

/** Issued before `asOf` and not through the gate (nor voided) by then. */
export function passWaitingAt(p: Passes, asOf: string): string {
  return `${p.issuedAt} < ${asOf} and (${p.exitCheckedAt} is null or ${p.exitCheckedAt} > ${asOf})
    and (${p.voidedAt} is null or ${p.voidedAt} > ${asOf})`;
}
