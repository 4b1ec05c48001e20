import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Data jobs a migration leaves for the app to finish through the audited writer (SQL alone cannot write audit
 * entries, whose hashes chain): a row per job, pending until the job has gone through every record once.
 */
export const dataJobs = sqliteTable('data_jobs', {
  name: text('name').primaryKey(),
  pendingSince: integer('pending_since').notNull(),
  doneAt: integer('done_at'),
  /** How many records the job changed, for the record. */
  changed: integer('changed').notNull().default(0),
});
