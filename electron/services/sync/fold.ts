import { getTableName } from 'drizzle-orm';
import type { Sqlite } from '../../../db/open';
import { type ScrubRewrite, type SyncEvent, syncEventSchema } from '../../../shared/contract/sync-event';
import { canonicalJson } from '../audit/hash';
import { HQ_NOTE_PREFIX } from '../hq/config';
import { writeRecordState } from './apply-row';
import {
  type ChainFields,
  chainFieldsSchema,
  eventContentHash,
  eventHashMatches,
  raiseChainAlarm,
  scrubAttestationOf,
  verifyChainLink,
} from './chains';
import type { ModuleSync } from './module-sync';
import { openChanges, openPersonal, siteDataKeyOf } from './personal';

/** What applying one message of the site stream did; kept with the message in `sync_inbox`. */
export type ApplyOutcome =
  | 'applied'
  | 'own'
  | 'fact'
  | 'conflict'
  | 'unknown'
  | 'invalid'
  | 'duplicate'
  | 'failed'
  | 'superseded';

/** Why an event could not be stored here, as a supervisor is told (sync.failed.reasons.*). */
export type ApplyFailure = 'unique' | 'reference' | 'rule' | 'other';

/** The entity of a conflict's resolution: an append-only fact every node applies to its own conflict list. */
export const CONFLICT_ENTITY = 'syncConflicts';
/** The entity of a supervisor's retry of failed events: a fact of this node only, applied nowhere else. */
export const RETRY_ENTITY = 'syncInbox';

/** Settings of one PC, never taken from another counter (another's `thisCounter` would make this PC that one). */
export const PC_SETTINGS: ReadonlySet<string> = new Set(['thisCounter', 'backup', 'printing']);

interface FoldHead {
  version: number;
  eventId: string;
}

export interface FoldContext {
  sqlite: Sqlite;
  entities: ModuleSync;
  /** This counter's index: its own events are already in its tables. */
  counter: number;
  now: number;
  /** Told when an erasure rewrote this node's copies of earlier entries (the write-ahead log is then emptied). */
  onRewrite?: () => void;
}

/**
 * Folds one message of the site stream into this counter's tables, in stream order. Every node runs the same
 * rule on the same order, so all converge: a change based on the version the fold holds is taken; one based on an
 * older version is not applied, and the record is flagged with both events kept. Must run in the caller's
 * transaction together with the new stream position.
 */
export function foldMessage(fold: FoldContext, streamSeq: number, body: string): ApplyOutcome {
  const { sqlite } = fold;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    raw = null;
  }
  const parsed = syncEventSchema.safeParse(raw);
  const loose = looseIdentity(raw, streamSeq);
  if (sqlite.prepare('select 1 from sync_inbox where event_id = ?').get(loose.eventId)) return 'duplicate';
  let outcome: ApplyOutcome;
  let failure: ApplyFailure | null = null;
  if (!parsed.success) {
    // A newer app's event this version cannot read, or garbage: kept as it came, nothing applied, nothing lost.
    // Its place in its counter's chain is still checked, so the next event does not look like a gap.
    const chain = chainFieldsSchema.safeParse(raw);
    const alarm = chain.success ? verifyChainLink(sqlite, asWritten(sqlite, chain.data), fold.now) : null;
    outcome = chain.success && alarm !== 'bad_hash' ? 'unknown' : 'invalid';
  } else {
    const event = parsed.data;
    // The chain is checked on the changes as the writer's log holds them (they may travel sealed, personal.ts).
    const written = asWritten(sqlite, event);
    const alarm = verifyChainLink(sqlite, written, fold.now);
    if (alarm === 'bad_hash') outcome = 'invalid';
    else ({ outcome, failure } = decideOrKeep(fold, event));
    if (event.counter === fold.counter && !alarm) checkOwnChain(fold, event);
    rewriteErasedCopies(fold, written, event.rewrites ?? []);
  }
  sqlite
    .prepare(
      `insert into sync_inbox (stream_seq, event_id, counter, counter_seq, entity, entity_id, body, outcome,
         received_at, failure)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      streamSeq,
      loose.eventId,
      loose.counter,
      loose.counterSeq,
      loose.entity,
      loose.entityId,
      body,
      outcome,
      fold.now,
      failure,
    );
  return outcome;
}

/**
 * One event this node's tables refuse (a unique key another record already holds here, as when two desks that each
 * had their own demo clerks join one site) must not stop the site stream for good: its writes are rolled back to a
 * savepoint, it is kept in the inbox as 'failed', and the fold goes on with the next event.
 */
export function decideOrKeep(
  fold: FoldContext,
  event: SyncEvent,
): { outcome: ApplyOutcome; failure: ApplyFailure | null } {
  try {
    return { outcome: fold.sqlite.transaction(() => decide(fold, opened(fold.sqlite, event)))(), failure: null };
  } catch (error) {
    return { outcome: 'failed', failure: failureOf(error) };
  }
}

/** The event with its personal columns opened under the site's data key (personal.ts). */
function opened(sqlite: Sqlite, event: SyncEvent): SyncEvent {
  return { ...event, data: openPersonal(siteDataKeyOf(sqlite), event.entity, event.entityId, event.data) };
}

/**
 * The event's chain fields with its changes opened under the site's data key. Changes that do not open (another
 * site's key, altered on the way) stay as they came, so the chain check flags the entry.
 */
function asWritten<T extends ChainFields>(sqlite: Sqlite, event: T): T {
  try {
    return { ...event, changes: openChanges(siteDataKeyOf(sqlite), event) };
  } catch {
    return event;
  }
}

/** The kind of refusal, from SQLite's extended result code; the message itself names tables and columns. */
function failureOf(error: unknown): ApplyFailure {
  const code = error && typeof error === 'object' ? String(Reflect.get(error, 'code') ?? '') : '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'reference';
  if (code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH') return 'rule';
  return 'other';
}

function decide(fold: FoldContext, event: SyncEvent): ApplyOutcome {
  const { sqlite } = fold;
  const own = event.counter === fold.counter;
  if (event.entity === CONFLICT_ENTITY) {
    resolveConflict(sqlite, event);
    return own ? 'own' : 'fact';
  }
  if (event.entity === RETRY_ENTITY) return own ? 'own' : 'fact';
  // Which counter this PC is, where it backs up to and how it prints belong to the PC: kept as a fact, not applied.
  if (event.entity === 'settings' && PC_SETTINGS.has(event.entityId)) return own ? 'own' : 'fact';
  const entity = fold.entities[event.entity];
  if (!entity) return 'unknown';
  // Acts that changed no record (a print, a login, an acknowledgement) are facts: kept, never in conflict.
  if (event.rowHash === null || Object.keys(event.data).length === 0) return own ? 'own' : 'fact';
  const head = sqlite
    .prepare('select version, event_id as eventId from sync_records where entity = ? and entity_id = ?')
    .get(event.entity, event.entityId) as FoldHead | undefined;
  const stale = event.baseVersion !== null && head !== undefined && head.version !== event.baseVersion;
  if (stale && head && sameHeadOfficeChange(sqlite, event, head.eventId)) {
    // Two counters applied one head-office message before they saw each other's entry: one change, kept once.
    if (own) restoreKept(fold, entity, head.eventId);
    return own ? 'own' : 'fact';
  }
  if (stale && head) {
    sqlite
      .prepare(
        `insert or ignore into sync_conflicts (event_id, entity, entity_id, kept_event_id, detected_at)
         values (?, ?, ?, ?, ?)`,
      )
      .run(event.eventId, event.entity, event.entityId, head.eventId, fold.now);
    // This counter's own change lost in stream order: its tables go back to what the stream settled on.
    if (own) restoreKept(fold, entity, head.eventId);
    return 'conflict';
  }
  const version = typeof event.data.version === 'number' ? event.data.version : 1;
  sqlite
    .prepare(
      `insert into sync_records (entity, entity_id, version, event_id, row_hash) values (?, ?, ?, ?, ?)
       on conflict (entity, entity_id) do update set version = excluded.version, event_id = excluded.event_id,
         row_hash = excluded.row_hash`,
    )
    .run(event.entity, event.entityId, version, event.eventId, event.rowHash);
  if (own) return 'own';
  markErasureRewrite(sqlite, event, entity, fold.now);
  const row = writeRecordState(sqlite, entity, event.data);
  entity.afterApply?.(sqlite, row);
  return 'applied';
}

/**
 * A change to a record of an append-only child table (a complaint's timeline) is only ever a customer's erasure at
 * another counter masking its text: named in `erasure_rewrites` here as it was there, so the table's trigger lets the
 * same rewrite through. The trigger still refuses any change other than the text and the next version.
 */
function markErasureRewrite(sqlite: Sqlite, event: SyncEvent, entity: ModuleSync[string], now: number): void {
  if (!entity.spec.maskedUnder) return;
  const exists = sqlite
    .prepare(`select 1 from "${getTableName(entity.spec.table)}" where "${entity.spec.key.name}" = ?`)
    .get(event.entityId);
  if (!exists) return;
  sqlite
    .prepare('insert or ignore into erasure_rewrites (entity, entity_id, at) values (?, ?, ?)')
    .run(event.entity, event.entityId, now);
}

/**
 * A customer's erasure at another counter (or this one) rewrote earlier entries of its chain; this node's copies of
 * them, kept as they came in `sync_inbox`, still hold the person. Each is rewritten to the form the erasure carries,
 * taken only when it hashes to what the erasure attests for it (the same check as the writer's own log, audit/scrub.ts);
 * a rewrite that does not is a chain alarm and the copy stays. The search index is merged with its deleted words
 * dropped, and the caller empties the write-ahead log once the batch is in (`onRewrite`).
 */
function rewriteErasedCopies(fold: FoldContext, erasure: SyncEvent, rewrites: readonly ScrubRewrite[]): void {
  const { sqlite } = fold;
  const attested = scrubAttestationOf(erasure);
  if (!attested || rewrites.length === 0 || !eventHashMatches(erasure)) return;
  const copies = sqlite.prepare(
    'select stream_seq as streamSeq, body from sync_inbox where counter = ? and counter_seq = ?',
  );
  const update = sqlite.prepare('update sync_inbox set body = ? where stream_seq = ?');
  for (const rewrite of rewrites) {
    const wanted = attested[String(rewrite.counterSeq)];
    if (wanted === undefined) continue;
    for (const copy of copies.all(erasure.counter, rewrite.counterSeq) as { streamSeq: number; body: string }[]) {
      const next = rewrittenCopy(copy.body, rewrite, erasure.counterSeq);
      const chain = next ? chainFieldsSchema.safeParse(next) : null;
      if (chain?.success && eventContentHash(asWritten(sqlite, chain.data)) === wanted)
        update.run(JSON.stringify(next), copy.streamSeq);
      else raiseChainAlarm(sqlite, erasure.counter, 'bad_hash', rewrite.counterSeq, fold.now);
    }
  }
  // Words of the records blanked before this entry may still sit in the index's older segments: merged away.
  sqlite.prepare("insert into search_fts (search_fts, rank) values ('secure-delete', 1)").run();
  sqlite.prepare("insert into search_fts (search_fts) values ('optimize')").run();
  fold.onRewrite?.();
}

function rewrittenCopy(body: string, rewrite: ScrubRewrite, erasureSeq: number): Record<string, unknown> | null {
  let old: unknown;
  try {
    old = JSON.parse(body);
  } catch {
    return null;
  }
  if (!old || typeof old !== 'object' || Array.isArray(old)) return null;
  const { data, changes, note, rowHash } = rewrite;
  return { ...old, data, changes, note, rowHash, scrubbedBy: erasureSeq };
}

/** Fields the writer moves on every write: two applications of one change differ only there. */
const WRITER_FIELDS = new Set(['version', 'updatedAt']);

function sameHeadOfficeChange(sqlite: Sqlite, event: SyncEvent, keptEventId: string): boolean {
  if (!event.note?.startsWith(HQ_NOTE_PREFIX)) return false;
  const body = sqlite.prepare('select body from sync_inbox where event_id = ?').pluck().get(keptEventId);
  const kept = typeof body === 'string' ? syncEventSchema.safeParse(JSON.parse(body)) : null;
  if (!kept?.success || kept.data.note !== event.note) return false;
  const content = (data: Record<string, unknown>) =>
    canonicalJson(Object.fromEntries(Object.entries(data).filter(([key]) => !WRITER_FIELDS.has(key))));
  return content(opened(sqlite, kept.data).data) === content(event.data);
}

function restoreKept(fold: FoldContext, entity: ModuleSync[string], keptEventId: string): void {
  const body = fold.sqlite.prepare('select body from sync_inbox where event_id = ?').pluck().get(keptEventId);
  if (typeof body !== 'string') return;
  const kept = syncEventSchema.parse(JSON.parse(body));
  const row = writeRecordState(fold.sqlite, entity, opened(fold.sqlite, kept).data);
  entity.afterApply?.(fold.sqlite, row);
}

/** A resolution names the conflict (the event that was not applied); the new state came as its own event before. */
function resolveConflict(sqlite: Sqlite, event: SyncEvent): void {
  const conflict = typeof event.data.conflictEventId === 'string' ? event.data.conflictEventId : event.entityId;
  const resolution = typeof event.data.resolution === 'string' ? event.data.resolution : null;
  sqlite
    .prepare(
      `update sync_conflicts set resolved_at = ?, resolved_by = ?, resolution = ?
       where event_id = ? and resolved_at is null`,
    )
    .run(event.at, event.clerkId, resolution, conflict);
}

/** This counter's published chain must be its file's chain: a rewritten file no longer matches what it published. */
function checkOwnChain(fold: FoldContext, event: SyncEvent): void {
  const local = fold.sqlite.prepare('select hash from audit_log where seq = ?').pluck().get(event.counterSeq);
  if (local === undefined || local === event.hash) return;
  fold.sqlite
    .prepare('update sync_chains set alarm = ?, alarm_seq = ?, alarm_at = ? where counter = ? and alarm is null')
    .run('fork', event.counterSeq, fold.now, event.counter);
}

interface LooseIdentity {
  known: boolean;
  eventId: string;
  counter: number;
  counterSeq: number;
  entity: string;
  entityId: string;
}

/** The fields an inbox row needs, read from whatever arrived, so even an unreadable event is kept. */
function looseIdentity(raw: unknown, streamSeq: number): LooseIdentity {
  const get = (key: string): unknown => (raw && typeof raw === 'object' ? Reflect.get(raw, key) : undefined);
  const str = (key: string): string | null => (typeof get(key) === 'string' ? String(get(key)) : null);
  const num = (key: string): number => (typeof get(key) === 'number' ? Number(get(key)) : 0);
  const eventId = str('eventId');
  return {
    known: eventId !== null,
    eventId: eventId ?? `stream-${streamSeq}`,
    counter: num('counter'),
    counterSeq: num('counterSeq'),
    entity: str('entity') ?? '',
    entityId: str('entityId') ?? '',
  };
}
