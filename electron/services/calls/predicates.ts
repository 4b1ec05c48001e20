import type { calls } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Calls = TableRef<typeof calls>['c'];

/** A callback promised and not yet made (the partial index `calls_open_callbacks` holds exactly these). */
export function openCallback(k: Calls): string {
  return `${k.replyNeeded} = 1 and ${k.replyClosedAt} is null and ${k.voidedAt} is null`;
}

/** A callback promised before `asOf` that was still open at `asOf` (closed later, or not yet). */
export function callbackOpenAt(k: Calls, asOf: string): string {
  return `${k.replyNeeded} = 1 and ${k.voidedAt} is null and (${k.replyClosedAt} is null or ${k.replyClosedAt} > ${asOf})`;
}
