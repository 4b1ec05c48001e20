import type { SyncEvent } from '../../../shared/contract/sync-event';
import { entryHash, GENESIS_HASH } from '../audit/hash';
import { isSealed } from '../sync/personal';

/** The newest verified link of one counter's chain. */
export interface ChainHead {
  lastSeq: number;
  lastHash: string;
  count: number;
}

export type ChainAlarmKind = 'altered' | 'broken' | 'gap' | 'fork';

export interface ChainFinding {
  kind: ChainAlarmKind;
  expected: string | null;
  found: string | null;
}

export function chainKey(site: string, counter: number): string {
  return `${site}/${counter}`;
}

/** The hash the counter's audit log gives this entry: the same function, over the same fields, as on the counter. */
export function eventEntryHash(event: SyncEvent): string {
  return entryHash(event.prevHash, {
    seq: event.counterSeq,
    id: event.eventId,
    at: event.at,
    clerkId: event.clerkId,
    shiftId: event.shiftId,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    changes: event.changes,
    note: event.note,
    rowHash: event.rowHash,
  });
}

/**
 * Checks one new event (never seen by its id) against its counter's head and returns what is wrong, plus the new
 * head. Events of one counter arrive in the order it wrote them (one subject, sourced in order). A second event
 * with a sequence already passed is a fork (a restored or rewritten file publishing again) and leaves the head
 * alone; otherwise the head moves to the event even when a link is bad, so one bad entry raises one alarm and
 * the rest of the chain is still checked from there.
 */
export function checkLink(
  head: ChainHead | undefined,
  event: SyncEvent,
): { findings: ChainFinding[]; head: ChainHead } {
  const findings: ChainFinding[] = [];
  const current = head ?? { lastSeq: 0, lastHash: GENESIS_HASH, count: 0 };
  if (event.counterSeq <= current.lastSeq) {
    findings.push({ kind: 'fork', expected: String(current.lastSeq + 1), found: String(event.counterSeq) });
    return { findings, head: current };
  }
  // Changes that travel sealed (they name a person, sync/personal.ts) can be hashed only at the site, whose counters
  // hold the key and check them; here the entry's links are checked, and a rewritten file still shows as a fork.
  // So is an entry a customer's erasure rewrote before it was published: the site's counters check it against the
  // erasure's attestation (sync/chains.ts).
  const erased = (event.scrubbedBy ?? 0) > event.counterSeq;
  const computed = isSealed(event.changes) || erased ? event.hash : eventEntryHash(event);
  if (computed !== event.hash) findings.push({ kind: 'altered', expected: computed, found: event.hash });
  if (event.counterSeq > current.lastSeq + 1) {
    findings.push({ kind: 'gap', expected: String(current.lastSeq + 1), found: String(event.counterSeq) });
  } else if (event.prevHash !== current.lastHash) {
    findings.push({ kind: 'broken', expected: current.lastHash, found: event.prevHash });
  }
  return { findings, head: { lastSeq: event.counterSeq, lastHash: event.hash, count: current.count + 1 } };
}
