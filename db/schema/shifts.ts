import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clerks } from './clerks';
import { counters } from './settings';

export const shifts = sqliteTable(
  'shifts',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    counterId: text('counter_id')
      .notNull()
      .references(() => counters.id),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    openedAt: integer('opened_at').notNull(),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by').references(() => clerks.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    // One open shift per counter: the desk is never staffed twice over, nor left without a shift record.
    uniqueIndex('shifts_one_open_per_counter').on(t.counterId).where(sql`${t.closedAt} is null`),
    index('shifts_opened_at').on(t.openedAt),
    check('shifts_closed_after_opened', sql`${t.closedAt} is null or ${t.closedAt} >= ${t.openedAt}`),
  ],
);
