import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { roles } from '../../shared/contract/roles';

export const clerks = sqliteTable(
  'clerks',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    employeeNo: text('employee_no').notNull().unique(),
    role: text('role', { enum: roles }).notNull(),
    /** scrypt$N$r$p$salt$hash, never the PIN itself. */
    pinHash: text('pin_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedPinCount: integer('failed_pin_count').notNull().default(0),
    lockedUntil: integer('locked_until'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    check('clerks_role_check', sql`${t.role} in ('clerk','lead','supervisor','manager')`),
    check('clerks_failed_pin_check', sql`${t.failedPinCount} >= 0`),
  ],
);
