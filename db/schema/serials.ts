import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Last number handed out per prefix and site-local day; bumped in the same transaction as the insert that uses it. */
export const serialCounters = sqliteTable(
  'serial_counters',
  {
    prefix: text('prefix').notNull(),
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.day] }), check('serial_last_positive', sql`${t.last} > 0`)],
);
