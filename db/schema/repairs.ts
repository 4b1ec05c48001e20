import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  repairCategoryValues,
  repairEventKindValues,
  repairLocationKindValues,
  repairSatisfactionValues,
  repairSourceValues,
  repairStatusValues,
  repairUrgencyValues,
} from '../../shared/contract/repair-fields';
import { calls } from './calls';
import { clerks } from './clerks';
import { visits } from './reception';
import { shops } from './settings';
import { shifts } from './shifts';

/** 维修班组: the maintenance teams a supervisor keeps; orders are dispatched to one. */
export const repairTeams = sqliteTable(
  'repair_teams',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull().unique(),
    phone: text('phone').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('repair_teams_name', sql`length(${t.name}) > 0`)],
);

/** 报修派工单: one repair report, from the report to the return visit. Each step keeps its time and who. */
export const repairOrders = sqliteTable(
  'repair_orders',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    reportedAt: integer('reported_at').notNull(),
    source: text('source', { enum: repairSourceValues }).notNull(),
    visitId: text('visit_id').references(() => visits.id),
    callId: text('call_id').references(() => calls.id),
    locationKind: text('location_kind', { enum: repairLocationKindValues }).notNull(),
    location: text('location').notNull(),
    shopId: text('shop_id').references(() => shops.id),
    category: text('category', { enum: repairCategoryValues }).notNull(),
    urgency: text('urgency', { enum: repairUrgencyValues }).notNull(),
    description: text('description').notNull(),
    reporterName: text('reporter_name').notNull(),
    phone: text('phone').notNull().default(''),
    status: text('status', { enum: repairStatusValues }).notNull(),
    targetArrivalAt: integer('target_arrival_at').notNull(),
    /** Completion limit (desk hours from the report, per urgency): not completed by then, the order is escalated. */
    completeByAt: integer('complete_by_at'),
    teamId: text('team_id').references(() => repairTeams.id),
    dispatchedAt: integer('dispatched_at'),
    dispatchedBy: text('dispatched_by').references(() => clerks.id),
    arrivedAt: integer('arrived_at'),
    arrivedBy: text('arrived_by').references(() => clerks.id),
    completedAt: integer('completed_at'),
    completedBy: text('completed_by').references(() => clerks.id),
    /** When the return visit (回访) falls due after completion: from then on the desk is reminded. */
    followUpDueAt: integer('follow_up_due_at'),
    workDone: text('work_done').notNull().default(''),
    materials: text('materials').notNull().default(''),
    feeFen: integer('fee_fen').notNull().default(0),
    customerConfirmed: integer('customer_confirmed', { mode: 'boolean' }),
    followedUpAt: integer('followed_up_at'),
    followedUpBy: text('followed_up_by').references(() => clerks.id),
    satisfaction: text('satisfaction', { enum: repairSatisfactionValues }),
    followUpNote: text('follow_up_note').notNull().default(''),
    reopenCount: integer('reopen_count').notNull().default(0),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by').references(() => clerks.id),
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
    index('repair_orders_reported').on(t.reportedAt, t.id),
    index('repair_orders_phone').on(t.phone, t.reportedAt),
    index('repair_orders_open').on(t.targetArrivalAt).where(sql`${t.status} <> 'closed' and ${t.voidedAt} is null`),
    index('repair_orders_shift').on(t.shiftId),
    index('repair_orders_visit').on(t.visitId),
    check('repair_orders_fee', sql`${t.feeFen} >= 0`),
    check('repair_orders_location', sql`length(${t.location}) > 0`),
    check('repair_orders_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);

/** The order's timeline: every status move with its time, who and what was said. */
export const repairEvents = sqliteTable(
  'repair_events',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => repairOrders.id),
    at: integer('at').notNull(),
    kind: text('kind', { enum: repairEventKindValues }).notNull(),
    fromStatus: text('from_status', { enum: repairStatusValues }),
    toStatus: text('to_status', { enum: repairStatusValues }),
    text: text('text').notNull().default(''),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('repair_events_order').on(t.orderId, t.at)],
);
