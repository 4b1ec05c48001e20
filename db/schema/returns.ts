import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { refundMethodValues, returnApprovalStatusValues, returnKindValues } from '../../shared/contract/return-fields';
import { clerks } from './clerks';
import { shops } from './settings';
import { shifts } from './shifts';

/** 退换货: one return or exchange, with the policy verdict at registration and any approved exception. */
export const returnRequests = sqliteTable(
  'return_requests',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    kind: text('kind', { enum: returnKindValues }).notNull(),
    customerName: text('customer_name').notNull(),
    phone: text('phone').notNull().default(''),
    product: text('product').notNull(),
    specification: text('specification').notNull().default(''),
    quantity: integer('quantity').notNull(),
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id),
    purchaseDate: text('purchase_date').notNull(),
    amountFen: integer('amount_fen').notNull(),
    /** 小票号 of the purchase; required with a receipt for requests from migration 0047 on (older ones keep ''). */
    receiptNo: text('receipt_no').notNull().default(''),
    /**
     * 退款方式 of the money going back to the customer (a return's amount, or an exchange's difference owed to them);
     * null when none goes back, and on requests registered before migration 0047.
     */
    refundMethod: text('refund_method', { enum: refundMethodValues }),
    qualityProblem: integer('quality_problem', { mode: 'boolean' }).notNull(),
    reason: text('reason').notNull(),
    hasReceipt: integer('has_receipt', { mode: 'boolean' }).notNull(),
    receiptMatches: integer('receipt_matches', { mode: 'boolean' }).notNull(),
    packagingUnopened: integer('packaging_unopened', { mode: 'boolean' }).notNull(),
    pastShelfLife: integer('past_shelf_life', { mode: 'boolean' }).notNull(),
    /** Policy verdict when registered: i18n keys of every reason it falls outside, empty when it meets it. */
    meetsPolicy: integer('meets_policy', { mode: 'boolean' }).notNull(),
    policyReasons: text('policy_reasons', { mode: 'json' }).$type<string[]>().notNull(),
    exceptionApprovedBy: text('exception_approved_by').references(() => clerks.id),
    exceptionReason: text('exception_reason'),
    /**
     * 'none': within the policy, or an exception approved at the counter with a PIN. 'pending': outside the policy
     * and sent to a supervisor (待审批; the customer is told to come back or is called); then 'approved' or 'rejected'.
     */
    approvalStatus: text('approval_status', { enum: returnApprovalStatusValues }).notNull().default('none'),
    decidedBy: text('decided_by').references(() => clerks.id),
    decidedAt: integer('decided_at'),
    decisionNote: text('decision_note'),
    /** Exchange for a different product: the new one and its amount; difference = new - old (positive: customer pays). */
    newProduct: text('new_product').notNull().default(''),
    newSpecification: text('new_specification').notNull().default(''),
    newAmountFen: integer('new_amount_fen'),
    priceDifferenceFen: integer('price_difference_fen').notNull().default(0),
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
    index('return_requests_created_at').on(t.createdAt),
    index('return_requests_shift').on(t.shiftId),
    check('return_requests_amount', sql`${t.amountFen} > 0`),
    check('return_requests_quantity', sql`${t.quantity} > 0`),
    check('return_requests_new_amount', sql`${t.newAmountFen} is null or ${t.newAmountFen} > 0`),
    check(
      'return_requests_exception',
      sql`(${t.meetsPolicy} = 1 and ${t.approvalStatus} = 'none')
        or (${t.meetsPolicy} = 0 and ${t.approvalStatus} in ('none', 'approved')
          and ${t.exceptionApprovedBy} is not null and length(${t.exceptionReason}) > 0)
        or (${t.meetsPolicy} = 0 and ${t.approvalStatus} = 'pending'
          and ${t.exceptionApprovedBy} is null and length(${t.exceptionReason}) > 0)
        or (${t.meetsPolicy} = 0 and ${t.approvalStatus} = 'rejected'
          and ${t.exceptionApprovedBy} is null and ${t.decidedBy} is not null and length(${t.decisionNote}) > 0)`,
    ),
    index('return_requests_pending').on(t.createdAt).where(sql`${t.approvalStatus} = 'pending'`),
    check('return_requests_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);
