import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The key each submitted form carries (made by the form, the same when it is sent again), kept in the same
 * transaction as the write it made: a form re-sent after a lost connection or a restart is not stored twice.
 */
export const submissions = sqliteTable('submissions', {
  key: text('key').primaryKey(),
  channel: text('channel').notNull(),
  at: integer('at').notNull(),
});
