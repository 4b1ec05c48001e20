import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { renovationResultValues, renovationStatusValues } from '../../shared/contract/renovations-fields';
import { clerks } from './clerks';
import { shifts } from './shifts';

const codes = (list: readonly string[]) => sql.raw(list.map((v) => `'${v}'`).join(', '));

/** 装修申请 / 装修许可: application, approval, inspection (验收) and the deposit's refund, in fen. */
export const renovations = sqliteTable(
  'renovations',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    appliedAt: integer('applied_at').notNull(),
    unit: text('unit').notNull(),
    ownerName: text('owner_name').notNull(),
    ownerPhone: text('owner_phone').notNull(),
    contractor: text('contractor').notNull(),
    foreman: text('foreman').notNull(),
    foremanPhone: text('foreman_phone').notNull(),
    work: text('work').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    depositFen: integer('deposit_fen').notNull().default(0),
    feeFen: integer('fee_fen').notNull().default(0),
    /** JSON array of the checklist's documents seen. */
    documents: text('documents', { mode: 'json' }).$type<string[]>().notNull().default([]),
    status: text('status', { enum: renovationStatusValues }).notNull(),
    approvedAt: integer('approved_at'),
    approvedBy: text('approved_by').references(() => clerks.id),
    approvalNote: text('approval_note').notNull().default(''),
    inspectedAt: integer('inspected_at'),
    inspectedBy: text('inspected_by').references(() => clerks.id),
    inspections: integer('inspections').notNull().default(0),
    lastResult: text('last_result', { enum: renovationResultValues }),
    defects: text('defects').notNull().default(''),
    refundedAt: integer('refunded_at'),
    refundedBy: text('refunded_by').references(() => clerks.id),
    refundFen: integer('refund_fen').notNull().default(0),
    deductionReason: text('deduction_reason').notNull().default(''),
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
    index('renovations_applied').on(t.appliedAt, t.id),
    index('renovations_phone').on(t.ownerPhone, t.appliedAt),
    index('renovations_open')
      .on(t.endDate)
      .where(sql`${t.status} in ('applied', 'approved', 'failed') and ${t.voidedAt} is null`),
    index('renovations_shift').on(t.shiftId),
    check('renovations_status', sql`${t.status} in (${codes(renovationStatusValues)})`),
    check('renovations_result', sql`${t.lastResult} is null or ${t.lastResult} in (${codes(renovationResultValues)})`),
    check(
      'renovations_money',
      sql`${t.depositFen} >= 0 and ${t.feeFen} >= 0 and ${t.refundFen} between 0 and ${t.depositFen}`,
    ),
    check('renovations_period', sql`${t.startDate} <= ${t.endDate}`),
    check('renovations_approved', sql`${t.status} = 'applied' or ${t.approvedAt} is not null`),
    check(
      'renovations_passed',
      sql`(${t.status} <> 'passed' and ${t.status} <> 'refunded') or ${t.lastResult} = 'passed'`,
    ),
    check('renovations_refunded', sql`${t.status} <> 'refunded' or ${t.refundedAt} is not null`),
    check('renovations_void_reason', sql`${t.voidedAt} is null or coalesce(length(${t.voidReason}), 0) > 0`),
  ],
);
