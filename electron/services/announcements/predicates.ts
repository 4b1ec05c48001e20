import type { announcements } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Announcements = TableRef<typeof announcements>['c'];

/** A lost-child case not yet closed: the partial index `announcements_open`. It stays on the header and the sheet. */
export function lostChildOpen(a: Announcements): string {
  return `${a.status} = 'open' and ${a.voidedAt} is null`;
}
