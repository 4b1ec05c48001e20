import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { loanGuaranteeValues, loanIdTypeValues, loanStatusValues } from '../../shared/contract/loans-fields';
import { clerks } from './clerks';
import { shifts } from './shifts';

/** 借用物品种类: umbrella, stroller, wheelchair, power bank; the deposit, loan days and overdue fee a supervisor sets. */
export const loanKinds = sqliteTable(
  'loan_kinds',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    name: text('name').notNull().unique(),
    depositFen: integer('deposit_fen').notNull().default(0),
    loanDays: integer('loan_days').notNull().default(1),
    overdueFeePerDayFen: integer('overdue_fee_per_day_fen').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    check('loan_kinds_amounts', sql`${t.depositFen} >= 0 and ${t.overdueFeePerDayFen} >= 0 and ${t.loanDays} >= 0`),
  ],
);

/** One numbered item of a kind (伞-01): lent to one borrower at a time. */
export const loanItems = sqliteTable('loan_items', {
  id: text('id').primaryKey(),
  /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
  version: integer('version').notNull().default(1),
  kindId: text('kind_id')
    .notNull()
    .references(() => loanKinds.id),
  code: text('code').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  note: text('note').notNull().default(''),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** 借用登记: one item lent, against a deposit or an ID, and how it came back. */
export const loans = sqliteTable(
  'loans',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    itemId: text('item_id')
      .notNull()
      .references(() => loanItems.id),
    borrowerName: text('borrower_name').notNull(),
    phone: text('phone').notNull(),
    guarantee: text('guarantee', { enum: loanGuaranteeValues }).notNull(),
    depositFen: integer('deposit_fen').notNull().default(0),
    idType: text('id_type', { enum: loanIdTypeValues }),
    idMasked: text('id_masked').notNull().default(''),
    idHash: text('id_hash'),
    lentAt: integer('lent_at').notNull(),
    dueAt: integer('due_at').notNull(),
    status: text('status', { enum: loanStatusValues }).notNull().default('out'),
    returnedAt: integer('returned_at'),
    feeFen: integer('fee_fen').notNull().default(0),
    refundFen: integer('refund_fen').notNull().default(0),
    keptReason: text('kept_reason'),
    returnClerkId: text('return_clerk_id').references(() => clerks.id),
    returnShiftId: text('return_shift_id').references(() => shifts.id),
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
    index('loans_out').on(t.dueAt).where(sql`${t.status} = 'out' and ${t.voidedAt} is null`),
    index('loans_item').on(t.itemId, t.status),
    index('loans_lent').on(t.lentAt),
    index('loans_returned').on(t.returnedAt),
    index('loans_shift').on(t.shiftId),
    index('loans_return_shift').on(t.returnShiftId),
    check('loans_amounts', sql`${t.depositFen} >= 0 and ${t.feeFen} >= 0 and ${t.refundFen} >= 0`),
    check('loans_refund', sql`${t.refundFen} <= ${t.depositFen}`),
    check('loans_guarantee', sql`${t.guarantee} = 'deposit' or length(${t.idMasked}) > 0`),
    check('loans_kept_reason', sql`${t.status} <> 'kept' or length(${t.keptReason}) > 0`),
    check('loans_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);
