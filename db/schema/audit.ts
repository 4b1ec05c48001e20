import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { auditActionValues } from '../../shared/contract/core-fields';

/**
 * Append-only, hash-chained log of every write. Triggers in the migrations refuse UPDATE and DELETE;
 * `hash` covers `prevHash` and the entry's content, so a changed or removed row breaks the chain.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    at: integer('at').notNull(),
    clerkId: text('clerk_id'),
    shiftId: text('shift_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: auditActionValues }).notNull(),
    /** JSON: { field: [before, after] } for updates, the full row as `after` for creates. */
    changes: text('changes').notNull(),
    note: text('note'),
    /** Hash of the record's whole audited state after this write; verify compares it with the row as it is now. */
    rowHash: text('row_hash'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_entity').on(t.entity, t.entityId, t.seq),
    // The range export finds the entries of its days (the first and last seq) without reading the whole log.
    index('audit_at').on(t.at),
  ],
);

/**
 * One random key per audited record whose log entries hold a keyed digest of a personal value (a visitor's phone):
 * `redacted:k:` and an HMAC-SHA256 under this key instead of a plain hash. Kept out of the audited tables, like
 * the ID-hash secret: the log never holds a key. When retention anonymises the record, its key is erased (the row
 * stays, `erased_at` set), so the digests in the log can no longer be tested against guessed numbers by anyone,
 * even with the whole data file; the record itself then holds no such value, so nothing needs the key to verify it.
 */
export const auditRecordKeys = sqliteTable(
  'audit_record_keys',
  {
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** 32 random bytes, base64; empty once erased. */
    key: text('key').notNull(),
    createdAt: integer('created_at').notNull(),
    erasedAt: integer('erased_at'),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] })],
);

/**
 * Entries whose personal values were erased at a customer's request (删除个人信息, customers/forget.ts). Such an
 * entry no longer hashes to its `hash` (which stays, so the chain's links and every recorded head still hold): the
 * chain check accepts it when its content now hashes to `content_hash` and the later entry `erasure_seq`, itself in
 * the chain, names that same hash for it. The update trigger lets only such an entry's changes, note and row hash
 * change, and only once its row is here.
 */
export const auditScrubs = sqliteTable('audit_scrubs', {
  seq: integer('seq').primaryKey(),
  erasureSeq: integer('erasure_seq').notNull(),
  contentHash: text('content_hash').notNull(),
});

/**
 * Rows of an append-only table (complaint_events) whose free text a customer's erasure rewrote (customers/forget.ts):
 * the table's update trigger lets only such a row's text (and version) change, and only once its row is here; the
 * change itself is an audited write whose log entries the erasure attests (audit_scrubs).
 */
export const erasureRewrites = sqliteTable(
  'erasure_rewrites',
  {
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] })],
);
