import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { idDocumentTypeValues, visitPurposeValues } from '../../shared/contract/reception-fields';
import { clerks } from './clerks';
import { departments, shops } from './settings';
import { shifts } from './shifts';

/** 来访登记: one visit of one party. ID numbers are never stored in clear: a masked form and a keyed hash. */
export const visits = sqliteTable(
  'visits',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    timeIn: integer('time_in').notNull(),
    timeOut: integer('time_out'),
    visitorName: text('visitor_name').notNull(),
    phone: text('phone').notNull().default(''),
    organisation: text('organisation').notNull().default(''),
    partySize: integer('party_size').notNull().default(1),
    idType: text('id_type', { enum: idDocumentTypeValues }),
    idMasked: text('id_masked').notNull().default(''),
    idHash: text('id_hash'),
    purpose: text('purpose', { enum: visitPurposeValues }).notNull(),
    visiting: text('visiting').notNull().default(''),
    shopId: text('shop_id').references(() => shops.id),
    badgeNo: text('badge_no').notNull().default(''),
    badgeReturned: integer('badge_returned', { mode: 'boolean' }),
    plate: text('plate').notNull().default(''),
    notes: text('notes').notNull().default(''),
    repairLocation: text('repair_location').notNull().default(''),
    repairDepartmentId: text('repair_department_id').references(() => departments.id),
    repairFollowUpDue: integer('repair_follow_up_due'),
    /** Watch-list entry the clerk acknowledged when registering, if the visitor matched one. */
    watchEntryId: text('watch_entry_id'),
    complaintId: text('complaint_id'),
    anonymisedAt: integer('anonymised_at'),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    shiftId: text('shift_id').references(() => shifts.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    voidedAt: integer('voided_at'),
    voidReason: text('void_reason'),
    voidedBy: text('voided_by').references(() => clerks.id),
  },
  (t) => [
    index('visits_time_in').on(t.timeIn, t.id),
    // The list's purpose filter, newest first.
    index('visits_purpose_time_in').on(t.purpose, t.timeIn, t.id),
    // The handover's "left the site during the shift" count (with visits_shift, an OR of two indexes, not a scan).
    index('visits_time_out').on(t.timeOut),
    index('visits_on_site').on(t.timeIn).where(sql`${t.timeOut} is null and ${t.voidedAt} is null`),
    index('visits_phone').on(t.phone, t.timeIn),
    index('visits_id_hash').on(t.idHash),
    index('visits_shift').on(t.shiftId),
    index('visits_name').on(t.visitorName, t.timeIn),
    // Visits whose personal data retention has still to blank: the job seeks the oldest, so nothing due is one step.
    index('visits_retention_due')
      .on(t.timeIn)
      .where(sql`${t.anonymisedAt} is null and (${t.phone} <> '' or ${t.idMasked} <> '' or ${t.idHash} is not null)`),
    check('visits_party_size', sql`${t.partySize} between 1 and 999`),
    check('visits_out_after_in', sql`${t.timeOut} is null or ${t.timeOut} >= ${t.timeIn}`),
    check('visits_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);

/** Maintained by a supervisor: people the desk must be warned about. Any of name, phone, ID may be given. */
export const watchList = sqliteTable('watch_list', {
  id: text('id').primaryKey(),
  /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
  version: integer('version').notNull().default(1),
  name: text('name').notNull().default(''),
  phone: text('phone').notNull().default(''),
  idMasked: text('id_masked').notNull().default(''),
  idHash: text('id_hash'),
  reason: text('reason').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * The per-database secret for keyed hashes of ID numbers. Kept out of the audited tables on purpose: the audit log
 * must never hold the key, and a copy of the log alone must not allow testing guessed ID numbers against hashes.
 */
export const receptionSecrets = sqliteTable('reception_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: integer('created_at').notNull(),
});
