import { v7 } from 'uuid';

/** Time-ordered UUIDs: mergeable across sites and about twice as fast to insert as random v4 keys. */
export function newId(): string {
  return v7();
}
