import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Several counters of a site on NATS JetStream (issue 15). None of these tables is audited: the audit log stays this
 * counter's own chain; what arrives from the others is kept as it came, in `sync_inbox`.
 */

/**
 * What a peer needs to apply an audit entry, kept beside the entry (the audit log is append-only and its hashed
 * fields stay as they were): the version the write was based on and the record's full state after it, secrets
 * included as stored (a claim code's hash must reach the counter where the goods are picked up).
 */
export const syncEventStates = sqliteTable('sync_event_states', {
  seq: integer('seq').primaryKey(),
  baseVersion: integer('base_version'),
  state: text('state'),
});

/** This PC's enrolment as a counter of a site; one row, absent while the desk is a single PC (sync off). */
export const syncSettings = sqliteTable(
  'sync_settings',
  {
    id: integer('id').primaryKey(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
    serverUrl: text('server_url').notNull(),
    user: text('user').notNull(),
    password: text('password').notNull(),
    site: text('site').notNull(),
    counterIndex: integer('counter_index').notNull(),
    enrolledAt: integer('enrolled_at').notNull(),
    /** The last stream sequence of the site stream applied here; moved in the same transaction as the apply. */
    appliedSeq: integer('applied_seq').notNull().default(0),
    /** The last sequence of the site's head-office configuration stream (`CFG_<site>`) applied here. */
    configSeq: integer('config_seq').notNull().default(0),
  },
  (t) => [check('sync_settings_one_row', sql`${t.id} = 1`)],
);

/** Every event of the site stream as it arrived, with what applying it did: nothing is dropped, even if unknown. */
export const syncInbox = sqliteTable(
  'sync_inbox',
  {
    streamSeq: integer('stream_seq').primaryKey(),
    eventId: text('event_id').notNull().unique(),
    counter: integer('counter').notNull(),
    counterSeq: integer('counter_seq').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    body: text('body').notNull(),
    /** applied | own | fact | conflict | unknown | invalid | failed */
    outcome: text('outcome').notNull(),
    receivedAt: integer('received_at').notNull(),
    /** Why a 'failed' event could not be stored here (unique, reference, rule, other); null otherwise. */
    failure: text('failure'),
    /** The last time a supervisor retried a failed event here. */
    retriedAt: integer('retried_at'),
  },
  (t) => [index('sync_inbox_chain').on(t.counter, t.counterSeq), index('sync_inbox_record').on(t.entity, t.entityId)],
);

/** The fold of the site stream per record: the version and state hash the stream order settled on. */
export const syncRecords = sqliteTable(
  'sync_records',
  {
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    eventId: text('event_id').notNull(),
    rowHash: text('row_hash'),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] })],
);

/** A change whose base version no longer matched in stream order: both events kept, the record flagged. */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    /** The event that was not applied; the same key on every node. */
    eventId: text('event_id').primaryKey(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    keptEventId: text('kept_event_id').notNull(),
    detectedAt: integer('detected_at').notNull(),
    resolvedAt: integer('resolved_at'),
    resolvedBy: text('resolved_by'),
    resolution: text('resolution'),
  },
  (t) => [index('sync_conflicts_record').on(t.entity, t.entityId)],
);

/** Each counter's published chain as this node has verified it; a break or a fork is an alarm. */
export const syncChains = sqliteTable('sync_chains', {
  counter: integer('counter').primaryKey(),
  lastSeq: integer('last_seq').notNull(),
  lastHash: text('last_hash').notNull(),
  /** Null while the chain verifies; else what is wrong (bad_hash, break, gap, fork) and where. */
  alarm: text('alarm'),
  alarmSeq: integer('alarm_seq'),
  alarmAt: integer('alarm_at'),
});

/**
 * Entries of another counter that arrived erased (a customer's erasure there, audit/scrub.ts): they no longer hash to
 * their `hash`, and the erasure's own entry, later in that counter's chain, must attest the hash they have now. Kept
 * until that entry arrives; one it does not attest is a chain alarm (bad_hash).
 */
export const syncScrubPending = sqliteTable(
  'sync_scrub_pending',
  {
    counter: integer('counter').notNull(),
    counterSeq: integer('counter_seq').notNull(),
    /** The erasure's sequence in the same counter's chain, as the entry named it. */
    erasureSeq: integer('erasure_seq').notNull(),
    /** The hash the entry's fields have as they arrived. */
    contentHash: text('content_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.counter, t.counterSeq] })],
);

/**
 * Where head office's PostgreSQL is, for the reports across sites; one row, absent until a supervisor sets it.
 * Local to this PC, never sent to the site: the password is kept encrypted like the site server's (secret.ts).
 */
export const hqConnection = sqliteTable(
  'hq_connection',
  {
    id: integer('id').primaryKey(),
    host: text('host').notNull(),
    port: integer('port').notNull(),
    database: text('database').notNull(),
    user: text('user').notNull(),
    password: text('password').notNull(),
    tls: integer('tls', { mode: 'boolean' }).notNull().default(false),
    savedAt: integer('saved_at').notNull(),
  },
  (t) => [check('hq_connection_one_row', sql`${t.id} = 1`)],
);
