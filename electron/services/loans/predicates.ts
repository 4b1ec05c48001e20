import type { loans } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Loans = TableRef<typeof loans>['c'];

/** Lent and not back: the partial index `loans_out`. */
export function out(l: Loans): string {
  return `${l.status} = 'out' and ${l.voidedAt} is null`;
}

/** Out past its due time at `now` (an SQL parameter or expression). */
export function overdue(l: Loans, now: string): string {
  return `${out(l)} and ${l.dueAt} < ${now}`;
}
