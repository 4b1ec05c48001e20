import type { lostfoundItems, lostfoundReports } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Items = TableRef<typeof lostfoundItems>['c'];
type Reports = TableRef<typeof lostfoundReports>['c'];

/** In the desk's custody: not claimed, handed over or disposed of, not voided (the partial index `lostfound_items_held`). */
export function inCustody(i: Items): string {
  return `${i.status} = 'held' and ${i.voidedAt} is null`;
}

/** Held past the keeping period: found before `foundBefore` (now minus the keeping days, an SQL parameter). */
export function dueForHandOver(i: Items, foundBefore: string): string {
  return `${inCustody(i)} and ${i.foundAt} < ${foundBefore}`;
}

/** A customer's loss report still being looked for. */
export function reportOpen(r: Reports): string {
  return `${r.status} = 'open' and ${r.voidedAt} is null`;
}
