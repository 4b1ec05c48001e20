import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { giftMoveKindValues } from '../../shared/contract/gifts-fields';
import { clerks } from './clerks';
import { shifts } from './shifts';
import { oneOf } from './value-check';

/** 赠品活动: a campaign with its site days (first and last), the purchase amount one gift needs and the redemptions per person per day. */
export const giftCampaigns = sqliteTable(
  'gift_campaigns',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    name: text('name').notNull().unique(),
    startDay: text('start_day').notNull(),
    endDay: text('end_day').notNull(),
    thresholdFen: integer('threshold_fen').notNull(),
    perPersonPerDay: integer('per_person_per_day').notNull().default(1),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    note: text('note').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    check('gift_campaigns_dates', sql`${t.startDay} <= ${t.endDay}`),
    check('gift_campaigns_numbers', sql`${t.thresholdFen} >= 0 and ${t.perPersonPerDay} >= 1`),
  ],
);

/** A gift or prize of a campaign; its stock is the sum of its movements. */
export const giftItems = sqliteTable(
  'gift_items',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => giftCampaigns.id),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('gift_items_name').on(t.campaignId, t.name)],
);

/** 赠品台账: every movement of stock, signed (in positive, out negative), with where it came from or went. */
export const giftMoves = sqliteTable(
  'gift_moves',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => giftItems.id),
    kind: text('kind', { enum: giftMoveKindValues }).notNull(),
    quantity: integer('quantity').notNull(),
    /** For stock received: from whom (企划部, the shop, the sponsor); for stock sent back: to whom. */
    source: text('source').notNull().default(''),
    redemptionId: text('redemption_id').references(() => giftRedemptions.id),
    drawId: text('draw_id').references(() => giftDraws.id),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    shiftId: text('shift_id').references(() => shifts.id),
    at: integer('at').notNull(),
  },
  (t) => [
    index('gift_moves_item').on(t.itemId, t.at),
    index('gift_moves_shift').on(t.shiftId),
    check('gift_moves_kind', oneOf(t.kind, giftMoveKindValues)),
    check(
      'gift_moves_sign',
      sql`case when ${t.kind} = 'in' or ${t.kind} = 'back' then ${t.quantity} > 0 else ${t.quantity} < 0 end`,
    ),
    check('gift_moves_source', sql`(${t.kind} <> 'in' and ${t.kind} <> 'out') or length(${t.source}) > 0`),
  ],
);

/** 赠品兑换: a gift handed out against purchase receipts (each receipt once per campaign). */
export const giftRedemptions = sqliteTable(
  'gift_redemptions',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => giftCampaigns.id),
    itemId: text('item_id')
      .notNull()
      .references(() => giftItems.id),
    customerName: text('customer_name').notNull(),
    phone: text('phone').notNull(),
    receiptNos: text('receipt_nos').notNull(),
    amountFen: integer('amount_fen').notNull(),
    /** The site day (YYYY-MM-DD) it was given on: the per-person-per-day limit counts within it. */
    siteDay: text('site_day').notNull(),
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
    index('gift_redemptions_person').on(t.campaignId, t.phone, t.siteDay),
    index('gift_redemptions_created').on(t.createdAt),
    index('gift_redemptions_shift').on(t.shiftId),
    check('gift_redemptions_amount', sql`${t.amountFen} > 0 and length(${t.receiptNos}) > 0`),
    check('gift_redemptions_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);

/** One receipt used for a campaign: the unique index refuses a second use while the redemption stands. */
export const giftReceipts = sqliteTable(
  'gift_receipts',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => giftCampaigns.id),
    receiptNo: text('receipt_no').notNull(),
    redemptionId: text('redemption_id')
      .notNull()
      .references(() => giftRedemptions.id),
    releasedAt: integer('released_at'),
  },
  (t) => [uniqueIndex('gift_receipts_once').on(t.campaignId, t.receiptNo).where(sql`${t.releasedAt} is null`)],
);

/** 抽奖: the draw, the winner and the prize handed out, approved by a lead's PIN. */
export const giftDraws = sqliteTable(
  'gift_draws',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => giftCampaigns.id),
    itemId: text('item_id')
      .notNull()
      .references(() => giftItems.id),
    /** The draw: its round or ticket number as the organisers call it (第一轮, 12 号). */
    drawName: text('draw_name').notNull(),
    winnerName: text('winner_name').notNull(),
    phone: text('phone').notNull(),
    approvedBy: text('approved_by')
      .notNull()
      .references(() => clerks.id),
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
    index('gift_draws_created').on(t.createdAt),
    index('gift_draws_shift').on(t.shiftId),
    check('gift_draws_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);
