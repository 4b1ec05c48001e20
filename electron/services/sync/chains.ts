import { z } from 'zod';
import type { Sqlite } from '../../../db/open';
import { syncEventSchema } from '../../../shared/contract/sync-event';
import { entryHash, GENESIS_HASH } from '../audit/hash';

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

/** The hash the entry must have: the counter's own chain rule, recomputed from the fields as they travelled. */
export function eventHashMatches(event: ChainFields): boolean {
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
  return entryHash(event.prevHash, content) === event.hash;
}

/**
 * Checks one event against the chain of its counter as verified so far, in stream order. The first problem is kept
 * (an alarm stays until someone looks into it); a chain in alarm is not walked further, the events still apply.
 * A fork: a second entry with a sequence already verified (a counter whose file was rewritten and republished).
 */
export function verifyChainLink(sqlite: Sqlite, event: ChainFields, now: number): ChainAlarm | null {
  const head = sqlite
    .prepare('select last_seq as lastSeq, last_hash as lastHash, alarm from sync_chains where counter = ?')
    .get(event.counter) as ChainHead | undefined;
  const current = head ?? { lastSeq: 0, lastHash: GENESIS_HASH, alarm: null };
  if (current.alarm !== null) return null;
  let alarm: ChainAlarm | null = null;
  if (!eventHashMatches(event)) alarm = 'bad_hash';
  else if (event.counterSeq <= current.lastSeq) alarm = 'fork';
  else if (event.counterSeq !== current.lastSeq + 1) alarm = 'gap';
  else if (event.prevHash !== current.lastHash) alarm = 'break';
  if (alarm) {
    sqlite
      .prepare(
        `insert into sync_chains (counter, last_seq, last_hash, alarm, alarm_seq, alarm_at) values (?, ?, ?, ?, ?, ?)
         on conflict (counter) do update set alarm = excluded.alarm, alarm_seq = excluded.alarm_seq, alarm_at = excluded.alarm_at`,
      )
      .run(event.counter, current.lastSeq, current.lastHash, alarm, event.counterSeq, now);
    return alarm;
  }
  sqlite
    .prepare(
      `insert into sync_chains (counter, last_seq, last_hash) values (?, ?, ?)
       on conflict (counter) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash`,
    )
    .run(event.counter, event.counterSeq, event.hash);
  return null;
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
