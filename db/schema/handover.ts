import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clerks } from './clerks';
import { shifts } from './shifts';

/**
 * 交接班记录: one shift handed over. The compiled sheet is stored as it was handed over (`snapshot`), so a reprint
 * years later shows what was open then, not what is open now.
 */
export const handovers = sqliteTable(
  'handovers',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    shiftId: text('shift_id')
      .notNull()
      .unique()
      .references(() => shifts.id),
    outgoingClerkId: text('outgoing_clerk_id')
      .notNull()
      .references(() => clerks.id),
    incomingClerkId: text('incoming_clerk_id').references(() => clerks.id),
    /** The shift the incoming clerk opened at the same counter when acknowledging. */
    incomingShiftId: text('incoming_shift_id').references(() => shifts.id),
    closedAt: integer('closed_at').notNull(),
    acknowledgedAt: integer('acknowledged_at'),
    /** End of day: closed by a lead or above with nobody taking over. */
    noSuccessor: integer('no_successor', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    /** HandoverSheet as JSON: the sections, cash and item counts exactly as handed over. */
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    cashExpectedFen: integer('cash_expected_fen').notNull().default(0),
    cashCountedFen: integer('cash_counted_fen').notNull().default(0),
    cashDifferenceNote: text('cash_difference_note').notNull().default(''),
    /** [{ name, count }] for the items the desk tracks (keys, radios, umbrellas). */
    itemCounts: text('item_counts', { mode: 'json' }).notNull(),
    auditCount: integer('audit_count').notNull(),
    auditHead: text('audit_head').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('handovers_closed_at').on(t.closedAt, t.id),
    check(
      'handovers_cash_difference_explained',
      sql`${t.cashCountedFen} = ${t.cashExpectedFen} or length(trim(${t.cashDifferenceNote})) > 0`,
    ),
    check('handovers_successor', sql`${t.noSuccessor} = 1 or ${t.incomingClerkId} is not null`),
    check('handovers_successor_ack', sql`${t.incomingClerkId} is null or ${t.acknowledgedAt} is not null`),
    check('handovers_cash_nonnegative', sql`${t.cashCountedFen} >= 0`),
  ],
);
