import { z } from 'zod';
import type { Sqlite } from '../../../db/open';
import { syncEventSchema } from '../../../shared/contract/sync-event';
import { entryHash, GENESIS_HASH } from '../audit/hash';
import { SCRUB_ATTESTATION } from '../audit/scrub';

/** The fields a chain check reads; an event of a newer app (an action this version does not know) still has them. */
export const chainFieldsSchema = syncEventSchema
  .pick({
    eventId: true,
    counter: true,
    counterSeq: true,
    at: true,
    clerkId: true,
    shiftId: true,
    entity: true,
    entityId: true,
    changes: true,
    note: true,
    rowHash: true,
    prevHash: true,
    hash: true,
    scrubbedBy: true,
  })
  .extend({ action: z.string() });
export type ChainFields = z.infer<typeof chainFieldsSchema>;

/** What is wrong with a counter's published chain: the supervisor's screen raises it as an alarm. */
export type ChainAlarm = 'bad_hash' | 'break' | 'gap' | 'fork';

interface ChainHead {
  lastSeq: number;
  lastHash: string;
  alarm: string | null;
}

/** The hash the entry's fields have as they travelled: the counter's own chain rule, recomputed. */
export function eventContentHash(event: ChainFields): string {
  const content = {
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
  };
  return entryHash(event.prevHash, content);
}

/** Whether the entry hashes to the `hash` it carries. */
export function eventHashMatches(event: ChainFields): boolean {
  return eventContentHash(event) === event.hash;
}

/** What an erasure's entry attests (audit/scrub.ts): for each entry it rewrote, the hash its fields have now. */
export function scrubAttestationOf(event: Pick<ChainFields, 'changes'>): Record<string, string> | null {
  try {
    const parsed = JSON.parse(event.changes) as Record<string, unknown> | null;
    const attested = parsed && typeof parsed === 'object' ? parsed[SCRUB_ATTESTATION] : undefined;
    return attested && typeof attested === 'object' && !Array.isArray(attested)
      ? (attested as Record<string, string>)
      : null;
  } catch {
    return null;
  }
}

/** Keeps the first problem of a counter's chain; its head stays at the last entry that verified. */
export function raiseChainAlarm(sqlite: Sqlite, counter: number, alarm: ChainAlarm, seq: number, now: number): void {
  sqlite
    .prepare(
      `insert into sync_chains (counter, last_seq, last_hash, alarm, alarm_seq, alarm_at) values (?, 0, ?, ?, ?, ?)
       on conflict (counter) do update set alarm = excluded.alarm, alarm_seq = excluded.alarm_seq,
         alarm_at = excluded.alarm_at
       where sync_chains.alarm is null`,
    )
    .run(counter, GENESIS_HASH, alarm, seq, now);
}

/**
 * Checks one event against the chain of its counter as verified so far, in stream order. The first problem is kept
 * (an alarm stays until someone looks into it); a chain in alarm is not walked further, the events still apply.
 * A fork: a second entry with a sequence already verified (a counter whose file was rewritten and republished).
 * An entry a customer's erasure rewrote before it was published does not hash to its `hash`: it is taken on the
 * word of the erasure it names, later in the chain, and that entry must attest the hash it has (`settleScrubs`).
 */
export function verifyChainLink(sqlite: Sqlite, event: ChainFields, now: number): ChainAlarm | null {
  const head = sqlite
    .prepare('select last_seq as lastSeq, last_hash as lastHash, alarm from sync_chains where counter = ?')
    .get(event.counter) as ChainHead | undefined;
  const current = head ?? { lastSeq: 0, lastHash: GENESIS_HASH, alarm: null };
  if (current.alarm !== null) return null;
  const computed = eventContentHash(event);
  const erased = computed !== event.hash && (event.scrubbedBy ?? 0) > event.counterSeq;
  let alarm: ChainAlarm | null = null;
  if (computed !== event.hash && !erased) alarm = 'bad_hash';
  else if (event.counterSeq <= current.lastSeq) alarm = 'fork';
  else if (event.counterSeq !== current.lastSeq + 1) alarm = 'gap';
  else if (event.prevHash !== current.lastHash) alarm = 'break';
  if (alarm) {
    raiseChainAlarm(sqlite, event.counter, alarm, event.counterSeq, now);
    return alarm;
  }
  if (erased)
    sqlite
      .prepare(
        `insert or replace into sync_scrub_pending (counter, counter_seq, erasure_seq, content_hash)
         values (?, ?, ?, ?)`,
      )
      .run(event.counter, event.counterSeq, event.scrubbedBy, computed);
  const unattested = settleScrubs(sqlite, event);
  if (unattested !== null) {
    raiseChainAlarm(sqlite, event.counter, 'bad_hash', unattested, now);
    return 'bad_hash';
  }
  sqlite
    .prepare(
      `insert into sync_chains (counter, last_seq, last_hash) values (?, ?, ?)
       on conflict (counter) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash`,
    )
    .run(event.counter, event.counterSeq, event.hash);
  return null;
}

/**
 * The erased entries waiting for this event, the erasure they named: each must be attested by it with the hash it
 * arrived with. Returns the first that is not (an entry altered on the way, or an erasure that never named it).
 */
function settleScrubs(sqlite: Sqlite, event: ChainFields): number | null {
  const waiting = sqlite
    .prepare(
      `select counter_seq as seq, erasure_seq as erasureSeq, content_hash as contentHash from sync_scrub_pending
       where counter = ? and erasure_seq <= ? order by counter_seq`,
    )
    .all(event.counter, event.counterSeq) as { seq: number; erasureSeq: number; contentHash: string }[];
  if (waiting.length === 0) return null;
  sqlite
    .prepare('delete from sync_scrub_pending where counter = ? and erasure_seq <= ?')
    .run(event.counter, event.counterSeq);
  const attested = scrubAttestationOf(event);
  const wrong = waiting.find((w) => w.erasureSeq !== event.counterSeq || attested?.[String(w.seq)] !== w.contentHash);
  return wrong?.seq ?? null;
}

export interface ChainState {
  counter: number;
  lastSeq: number;
  alarm: ChainAlarm | null;
  alarmSeq: number | null;
  alarmAt: number | null;
}

export function chainStates(sqlite: Sqlite): ChainState[] {
  return sqlite
    .prepare(
      `select counter, last_seq as lastSeq, alarm, alarm_seq as alarmSeq, alarm_at as alarmAt
       from sync_chains order by counter`,
    )
    .all() as ChainState[];
}
