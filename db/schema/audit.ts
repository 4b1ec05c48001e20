import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
