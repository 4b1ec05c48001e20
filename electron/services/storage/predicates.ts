import type { storageSlips } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Slips = TableRef<typeof storageSlips>['c'];

/** Goods still held: not picked up, not transferred, not voided (the partial index `storage_slips_open`). */
export function stored(s: Slips): string {
  return `${s.status} = 'stored' and ${s.voidedAt} is null`;
}

/** Held past the expected pickup at `now` (an SQL parameter or expression). */
export function overdue(s: Slips, now: string): string {
  return `${stored(s)} and ${s.expectedPickupAt} < ${now}`;
}

/** Held so long past the expected pickup that the policy calls them unclaimed. */
export function unclaimed(s: Slips, unclaimedBefore: string): string {
  return `${stored(s)} and ${s.expectedPickupAt} < ${unclaimedBefore}`;
}
