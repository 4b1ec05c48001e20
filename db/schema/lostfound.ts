import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  lostfoundCategoryValues,
  lostfoundFinderKindValues,
  lostfoundIdTypeValues,
  lostfoundItemStatusValues,
  lostfoundReportStatusValues,
  lostfoundValueClassValues,
} from '../../shared/contract/lostfound-fields';
import { clerks } from './clerks';
import { shifts } from './shifts';
import { storageSlips } from './storage';

/** 失物: a found item in the desk's custody until claimed, handed to the police or disposed of. */
export const lostfoundItems = sqliteTable(
  'lostfound_items',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    category: text('category', { enum: lostfoundCategoryValues }).notNull(),
    description: text('description').notNull(),
    colour: text('colour').notNull().default(''),
    brand: text('brand').notNull().default(''),
    valueClass: text('value_class', { enum: lostfoundValueClassValues }).notNull(),
    valuable: integer('valuable', { mode: 'boolean' }).notNull().default(false),
    cashFen: integer('cash_fen').notNull().default(0),
    foundPlace: text('found_place').notNull(),
    foundAt: integer('found_at').notNull(),
    finderKind: text('finder_kind', { enum: lostfoundFinderKindValues }).notNull(),
    finderName: text('finder_name').notNull().default(''),
    finderPhone: text('finder_phone').notNull().default(''),
    storagePlace: text('storage_place').notNull(),
    /** A data URL of the photo taken from a file or the counter's camera; kept out of the audit log in clear. */
    photo: text('photo'),
    sourceSlipId: text('source_slip_id').references(() => storageSlips.id),
    status: text('status', { enum: lostfoundItemStatusValues }).notNull().default('held'),
    claimantName: text('claimant_name'),
    claimantPhone: text('claimant_phone'),
    claimantIdType: text('claimant_id_type', { enum: lostfoundIdTypeValues }),
    claimantIdMasked: text('claimant_id_masked'),
    claimantIdHash: text('claimant_id_hash'),
    claimDescription: text('claim_description'),
    claimApprovedBy: text('claim_approved_by').references(() => clerks.id),
    claimReportId: text('claim_report_id'),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by').references(() => clerks.id),
    closeReason: text('close_reason'),
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
    index('lostfound_items_held').on(t.foundAt).where(sql`${t.status} = 'held' and ${t.voidedAt} is null`),
    index('lostfound_items_found').on(t.foundAt),
    index('lostfound_items_closed').on(t.closedAt),
    index('lostfound_items_shift').on(t.shiftId),
    // A transferred storage slip finds the item its goods became (the link shown on the slip).
    index('lostfound_items_source_slip').on(t.sourceSlipId).where(sql`${t.sourceSlipId} is not null`),
    check('lostfound_items_cash', sql`${t.cashFen} >= 0`),
    check('lostfound_items_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
    check(
      'lostfound_items_claim',
      sql`${t.status} <> 'claimed' or (length(${t.claimantName}) > 0 and length(${t.claimantIdMasked}) > 0)`,
    ),
    check(
      'lostfound_items_close',
      sql`${t.status} not in ('police', 'disposed') or (length(${t.closeReason}) > 0 and ${t.closedBy} is not null)`,
    ),
  ],
);

/** 寻物登记: a customer's report of something lost, matched against found items. */
export const lostfoundReports = sqliteTable(
  'lostfound_reports',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    reporterName: text('reporter_name').notNull(),
    phone: text('phone').notNull(),
    category: text('category', { enum: lostfoundCategoryValues }).notNull(),
    description: text('description').notNull(),
    lostPlace: text('lost_place').notNull().default(''),
    lostFrom: integer('lost_from').notNull(),
    lostTo: integer('lost_to').notNull(),
    status: text('status', { enum: lostfoundReportStatusValues }).notNull().default('open'),
    itemId: text('item_id').references(() => lostfoundItems.id),
    closedAt: integer('closed_at'),
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
    index('lostfound_reports_open').on(t.createdAt).where(sql`${t.status} = 'open' and ${t.voidedAt} is null`),
    index('lostfound_reports_created').on(t.createdAt),
    check('lostfound_reports_window', sql`${t.lostFrom} <= ${t.lostTo}`),
    check('lostfound_reports_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);
