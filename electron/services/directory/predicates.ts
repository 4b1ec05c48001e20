import type { directoryAnswers, shops } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Shops = TableRef<typeof shops>['c'];
type Answers = TableRef<typeof directoryAnswers>['c'];

/** A shop on the list, an answer not voided: what the directory, search, the handover sheet and the reports count. */
export function shopListed(s: Shops): string {
  return `${s.active} = 1`;
}

/**
 * A shop on the list at `asOf` (a named parameter): taken off later, or still on it. A shop deactivated in settings
 * before 0043 has no time it was taken off: it is off.
 */
export function shopListedAt(s: Shops, asOf: string): string {
  return `(${s.voidedAt} >= ${asOf} or (${s.voidedAt} is null and ${s.active} = 1))`;
}

export function answerListed(a: Answers): string {
  return `${a.voidedAt} is null`;
}
