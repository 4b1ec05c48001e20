import type { Sqlite } from '../../../db/open';
import { auditActionValues } from '../../../shared/contract/core-fields';
import type { SyncEvent } from '../../../shared/contract/sync-event';
import { SCRUB_ATTESTATION } from '../audit/scrub';
import { entitySpec, isEntityName } from '../entities';
import { selectRow } from '../row-sql';
import { sealChanges, sealPersonal, siteDataKeyOf } from './personal';

/** Who this counter is on the site stream; every event it publishes carries it. */
export interface CounterIdentity {
  site: string;
  counter: number;
  appVersion: string;
}

/**
 * Keeps what a peer needs to apply an audit entry. Runs inside the writer's transaction, so the entry and its state
 * are written together or not at all; the audit log (the outbox) is never updated.
 */
export function recordEventState(sqlite: Sqlite, seq: number, baseVersion: number | null, state: object): void {
  sqlite
    .prepare('insert into sync_event_states (seq, base_version, state) values (?, ?, ?)')
    .run(seq, baseVersion, JSON.stringify(state));
}

/**
 * Blanks personal fields in every state this record's earlier entries kept for peers, in the caller's transaction.
 * Retention anonymises a visit's phone and ID; without this the states kept beside the audit log would still hold
 * them in clear. A peer that applies one of those earlier events gets the blanked value, which the anonymising event
 * that follows in the stream sets anyway, so the fold ends the same.
 */
export function blankKeptStates(sqlite: Sqlite, entity: string, entityId: string, blanked: Record<string, unknown>) {
  const names = Object.keys(blanked);
  if (names.length === 0) return;
  const paths = names.map(() => '?, json(?)').join(', ');
  const args = names.flatMap((name) => [`$.${name}`, JSON.stringify(blanked[name])]);
  sqlite
    .prepare(
      `update sync_event_states set state = json_set(state, ${paths})
        where state is not null and seq in (select seq from audit_log where entity = ? and entity_id = ?)`,
    )
    .run(...args, entity, entityId);
}

interface OutboxRow {
  seq: number;
  id: string;
  at: number;
  clerkId: string | null;
  shiftId: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: string;
  note: string | null;
  rowHash: string | null;
  prevHash: string;
  hash: string;
  baseVersion: number | null;
  state: string | null;
  scrubbedBy: number | null;
}

const OUTBOX_COLUMNS = `select a.seq, a.id, a.at, a.clerk_id as clerkId, a.shift_id as shiftId, a.entity,
    a.entity_id as entityId, a.action, a.changes, a.note, a.row_hash as rowHash, a.prev_hash as prevHash, a.hash,
    s.base_version as baseVersion, s.state, x.erasure_seq as scrubbedBy`;
const OUTBOX_SQL = `${OUTBOX_COLUMNS}
  from audit_log a left join sync_event_states s on s.seq = a.seq left join audit_scrubs x on x.seq = a.seq
  where a.seq > ? order by a.seq limit ?`;
/** The entries an erasure rewrote (and no later erasure rewrote again: that one carries them). */
const REWRITTEN_SQL = `${OUTBOX_COLUMNS}
  from audit_scrubs x join audit_log a on a.seq = x.seq left join sync_event_states s on s.seq = a.seq
  where x.erasure_seq = ? order by a.seq`;

/** The audit entries after `afterSeq`, in order, as events of this counter. */
export function outboxEvents(sqlite: Sqlite, identity: CounterIdentity, afterSeq: number, limit: number): SyncEvent[] {
  const rows = sqlite.prepare(OUTBOX_SQL).all(afterSeq, limit) as OutboxRow[];
  return rows.map((row) => toEvent(sqlite, identity, row));
}

export function lastAuditSeq(sqlite: Sqlite): number {
  return (sqlite.prepare('select coalesce(max(seq), 0) from audit_log').pluck().get() as number) ?? 0;
}

function toEvent(sqlite: Sqlite, identity: CounterIdentity, row: OutboxRow): SyncEvent {
  const action = auditActionValues.find((a) => a === row.action) ?? 'event';
  let data: Record<string, unknown> = {};
  let baseVersion = row.baseVersion;
  if (row.state !== null) data = JSON.parse(row.state) as Record<string, unknown>;
  else if (row.rowHash === null) {
    // An act that changed no record (a print, a resolution): what it says travels as its data.
    data = JSON.parse(row.changes) as Record<string, unknown>;
  } else {
    // Written before the desk kept states (history of a desk enrolled later): the newest entry of a record carries
    // the record as it is now, as a snapshot a peer takes whatever it holds; older ones travel as facts only.
    const snapshot = currentState(sqlite, row);
    if (snapshot) {
      data = snapshot;
      baseVersion = null;
    }
  }
  // Phones and ID digests travel sealed under the site's key: only the site's counters can read them.
  const key = siteDataKeyOf(sqlite);
  data = sealPersonal(key, row.entity, row.entityId, data);
  const changes = sealChanges(key, {
    eventId: row.id,
    entity: row.entity,
    entityId: row.entityId,
    changes: row.changes,
  });
  const event: SyncEvent = {
    eventId: row.id,
    site: identity.site,
    counter: identity.counter,
    counterSeq: row.seq,
    entity: row.entity,
    entityId: row.entityId,
    action,
    baseVersion,
    data,
    changes,
    note: row.note,
    rowHash: row.rowHash,
    clerkId: row.clerkId,
    shiftId: row.shiftId,
    at: row.at,
    prevHash: row.prevHash,
    hash: row.hash,
    appVersion: identity.appVersion,
  };
  // An entry a customer's erasure rewrote no longer hashes to its `hash`: it names the erasure that attests it.
  if (row.scrubbedBy !== null) event.scrubbedBy = row.scrubbedBy;
  const erasure = row.changes.includes(`"${SCRUB_ATTESTATION}"`);
  const rewritten = erasure ? (sqlite.prepare(REWRITTEN_SQL).all(row.seq) as OutboxRow[]) : [];
  // The erasure carries those entries as this counter publishes them now: every node rewrites its copies of them.
  if (rewritten.length > 0)
    event.rewrites = rewritten.map((r) => {
      const { counterSeq, data, changes, note, rowHash } = toEvent(sqlite, identity, r);
      return { counterSeq, data, changes, note, rowHash };
    });
  return event;
}

function currentState(sqlite: Sqlite, row: OutboxRow): Record<string, unknown> | null {
  if (!isEntityName(row.entity)) return null;
  const newest = sqlite
    .prepare('select max(seq) from audit_log where entity = ? and entity_id = ? and row_hash is not null')
    .pluck()
    .get(row.entity, row.entityId);
  if (newest !== row.seq) return null;
  const spec = entitySpec(row.entity);
  const found = selectRow(sqlite, spec.table, spec.key, row.entityId);
  return found ? { ...found } : null;
}
