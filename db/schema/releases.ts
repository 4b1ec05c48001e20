import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  releaseApprovalMethodValues,
  releaseHolderKindValues,
  releaseReasonValues,
  releaseStatusValues,
} from '../../shared/contract/releases-fields';
import { clerks } from './clerks';
import { shops } from './settings';
import { shifts } from './shifts';

/** `'a', 'b'` from a value list, for a CHECK that states every code (the schema-values test compares them). */
const codes = (list: readonly string[]) => sql.raw(list.map((v) => `'${v}'`).join(', '));

/** 大件物品放行条: goods leaving the property, authorised by the unit's owner or the shop, checked at the gate. */
export const releasePasses = sqliteTable(
  'release_passes',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    issuedAt: integer('issued_at').notNull(),
    holderKind: text('holder_kind', { enum: releaseHolderKindValues }).notNull(),
    holderName: text('holder_name').notNull(),
    phone: text('phone').notNull(),
    unit: text('unit').notNull(),
    shopId: text('shop_id').references(() => shops.id),
    reason: text('reason', { enum: releaseReasonValues }).notNull(),
    reasonNote: text('reason_note').notNull().default(''),
    vehiclePlate: text('vehicle_plate').notNull().default(''),
    validDay: text('valid_day').notNull(),
    approverName: text('approver_name').notNull(),
    approvalMethod: text('approval_method', { enum: releaseApprovalMethodValues }).notNull(),
    approvedBy: text('approved_by')
      .notNull()
      .references(() => clerks.id),
    unitFlag: text('unit_flag').notNull().default(''),
    status: text('status', { enum: releaseStatusValues }).notNull(),
    exitCheckedAt: integer('exit_checked_at'),
    exitCheckedBy: text('exit_checked_by').references(() => clerks.id),
    guardName: text('guard_name').notNull().default(''),
    exitNote: text('exit_note').notNull().default(''),
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
    index('release_passes_issued').on(t.issuedAt, t.id),
    index('release_passes_phone').on(t.phone, t.issuedAt),
    index('release_passes_waiting').on(t.validDay).where(sql`${t.status} = 'issued' and ${t.voidedAt} is null`),
    index('release_passes_shift').on(t.shiftId),
    check('release_passes_holder_kind', sql`${t.holderKind} in (${codes(releaseHolderKindValues)})`),
    check('release_passes_reason', sql`${t.reason} in (${codes(releaseReasonValues)})`),
    check('release_passes_approval_method', sql`${t.approvalMethod} in (${codes(releaseApprovalMethodValues)})`),
    check('release_passes_status', sql`${t.status} in (${codes(releaseStatusValues)})`),
    check('release_passes_unit', sql`length(${t.unit}) > 0`),
    check('release_passes_approver', sql`length(${t.approverName}) > 0`),
    check('release_passes_valid_day', sql`${t.validDay} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
    check(
      'release_passes_checked',
      sql`${t.status} = 'issued' or (${t.exitCheckedAt} is not null and length(${t.guardName}) > 0)`,
    ),
    check('release_passes_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);

/** The goods on a pass, as approved: written with the pass and never changed. */
export const releaseItems = sqliteTable(
  'release_items',
  {
    id: text('id').primaryKey(),
    passId: text('pass_id')
      .notNull()
      .references(() => releasePasses.id),
    lineNo: integer('line_no').notNull(),
    name: text('name').notNull(),
    quantity: integer('quantity').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('release_items_pass').on(t.passId, t.lineNo),
    check('release_items_quantity', sql`${t.quantity} between 1 and 999`),
    check('release_items_name', sql`length(${t.name}) > 0`),
  ],
);

/** A supervisor's note on a unit (move-out procedures not settled): a pass for it is flagged with the note. */
export const releaseUnitHolds = sqliteTable(
  'release_unit_holds',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    unit: text('unit').notNull().unique(),
    note: text('note').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('release_unit_holds_note', sql`length(${t.note}) > 0`)],
);
