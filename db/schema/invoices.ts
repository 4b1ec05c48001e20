import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  buyerTypeValues,
  deliveryMethodValues,
  invoiceKindValues,
  invoiceMediumValues,
  invoiceStatusValues,
} from '../../shared/contract/invoice-fields';
import { clerks } from './clerks';
import { shops } from './settings';
import { shifts } from './shifts';

/** 开票申请: one request for an invoice over one or several purchase receipts. */
export const invoiceRequests = sqliteTable(
  'invoice_requests',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id),
    /** YYYY-MM-DD as on the receipt (a calendar day, not an instant). */
    purchaseDate: text('purchase_date').notNull(),
    amountFen: integer('amount_fen').notNull(),
    kind: text('kind', { enum: invoiceKindValues }).notNull(),
    medium: text('medium', { enum: invoiceMediumValues }).notNull(),
    buyerType: text('buyer_type', { enum: buyerTypeValues }).notNull(),
    title: text('title').notNull(),
    taxpayerId: text('taxpayer_id').notNull().default(''),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    bank: text('bank').notNull().default(''),
    account: text('account').notNull().default(''),
    notes: text('notes').notNull().default(''),
    status: text('status', { enum: invoiceStatusValues }).notNull().default('requested'),
    invoiceCode: text('invoice_code'),
    invoiceNo: text('invoice_no'),
    issuedAt: integer('issued_at'),
    issuedBy: text('issued_by').references(() => clerks.id),
    deliveredAt: integer('delivered_at'),
    deliveredBy: text('delivered_by').references(() => clerks.id),
    deliveryMethod: text('delivery_method', { enum: deliveryMethodValues }),
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
    index('invoice_requests_created_at').on(t.createdAt),
    index('invoice_requests_open').on(t.createdAt).where(sql`${t.status} = 'requested'`),
    index('invoice_requests_taxpayer').on(t.taxpayerId),
    // The handover counts requests of the shift or issued in it (an OR SQLite answers from both indexes).
    index('invoice_requests_shift').on(t.shiftId),
    index('invoice_requests_issued').on(t.issuedAt),
    // The list's status filter (a bound status cannot use the partial index above).
    index('invoice_requests_status_created').on(t.status, t.createdAt, t.id),
    check('invoice_requests_amount', sql`${t.amountFen} > 0`),
    check('invoice_requests_title', sql`length(${t.title}) > 0`),
    check('invoice_requests_org_tax', sql`${t.buyerType} = 'person' or length(${t.taxpayerId}) = 18`),
    check('invoice_requests_email', sql`${t.medium} = 'paper' or length(${t.email}) > 0`),
    check(
      'invoice_requests_special',
      sql`${t.kind} = 'vat_ordinary' or (length(${t.address}) > 0 and length(${t.phone}) > 0 and length(${t.bank}) > 0 and length(${t.account}) > 0)`,
    ),
    check(
      'invoice_requests_issued',
      sql`${t.status} not in ('issued', 'delivered') or (length(${t.invoiceCode}) > 0 and length(${t.invoiceNo}) > 0)`,
    ),
    check('invoice_requests_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
    check('invoice_requests_voided_status', sql`(${t.status} = 'voided') = (${t.voidedAt} is not null)`),
  ],
);

/** 小票号 of a request. A receipt is invoiced once: at most one live (not voided) row per receipt number. */
export const invoiceReceipts = sqliteTable(
  'invoice_receipts',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    requestId: text('request_id')
      .notNull()
      .references(() => invoiceRequests.id),
    receiptNo: text('receipt_no').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    voidedAt: integer('voided_at'),
  },
  (t) => [
    uniqueIndex('invoice_receipts_live').on(t.receiptNo).where(sql`${t.voidedAt} is null`),
    index('invoice_receipts_request').on(t.requestId),
    check('invoice_receipts_no', sql`length(${t.receiptNo}) > 0`),
  ],
);
