import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  consentMethodValues,
  customerSatisfactionValues,
  customerStatusValues,
  revisitResultValues,
  revisitRuleKindValues,
  revisitSourceValues,
  revisitStatusValues,
  unitRoleValues,
} from '../../shared/contract/customers-fields';
import { calls } from './calls';
import { clerks } from './clerks';
import { shifts } from './shifts';

/** 客户等级: the grades a supervisor keeps (普通, 会员, VIP, 重点关注 on a new desk). */
export const customerGrades = sqliteTable(
  'customer_grades',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    name: text('name').notNull().unique(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('customer_grades_name', sql`length(${t.name}) > 0`)],
);

/** 客户档案: one person, with the consent record PIPL asks for. Their numbers are in `customer_phones`. */
export const customers = sqliteTable(
  'customers',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    fileNo: text('file_no').notNull().unique(),
    name: text('name').notNull(),
    gradeId: text('grade_id').references(() => customerGrades.id),
    company: text('company').notNull().default(''),
    /** JSON array of short words. */
    tags: text('tags').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    preferredContactTime: text('preferred_contact_time').notNull().default(''),
    consentMethod: text('consent_method', { enum: consentMethodValues }),
    consentAt: integer('consent_at'),
    /** What was collected (姓名、电话…) and for what purpose. */
    consentScope: text('consent_scope').notNull().default(''),
    consentPurpose: text('consent_purpose').notNull().default(''),
    status: text('status', { enum: customerStatusValues }).notNull().default('active'),
    mergedInto: text('merged_into'),
    forgottenAt: integer('forgotten_at'),
    forgottenBy: text('forgotten_by').references(() => clerks.id),
    clerkId: text('clerk_id').references(() => clerks.id),
    shiftId: text('shift_id').references(() => shifts.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('customers_status').on(t.status, t.createdAt),
    check('customers_name', sql`${t.status} = 'forgotten' or length(${t.name}) > 0`),
    check('customers_consent', sql`(${t.consentMethod} is null) = (${t.consentAt} is null)`),
    check('customers_merged', sql`(${t.status} = 'merged') = (${t.mergedInto} is not null)`),
  ],
);

/** A customer's numbers (canonical form, `shared/contract/phone.ts`); a number is on one live file at most. */
export const customerPhones = sqliteTable(
  'customer_phones',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    phone: text('phone').notNull(),
    note: text('note').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('customer_phones_live').on(t.phone).where(sql`${t.active} = 1`),
    index('customer_phones_customer').on(t.customerId),
  ],
);

/**
 * 业主/住户 ↔ 房号: a file tied to a unit (its number as the property writes it, e.g. "5 栋 803"), as owner,
 * resident or tenant; a link is ended (active false), never deleted, so who owned what stays on record.
 */
export const customerUnits = sqliteTable(
  'customer_units',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    unit: text('unit').notNull(),
    role: text('role', { enum: unitRoleValues }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('customer_units_live').on(t.customerId, t.unit).where(sql`${t.active} = 1`),
    index('customer_units_unit').on(t.unit),
    check('customer_units_unit_text', sql`length(${t.unit}) > 0`),
  ],
);

/** 回访规则: after a closed complaint, a completed repair or a settled return (N days), or every N months per grade. */
export const revisitRules = sqliteTable(
  'revisit_rules',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    kind: text('kind', { enum: revisitRuleKindValues }).notNull(),
    gradeId: text('grade_id').references(() => customerGrades.id),
    /** after_*: days after the event; grade_every: unused (0). */
    days: integer('days').notNull().default(0),
    /** grade_every: months between visits. */
    months: integer('months').notNull().default(0),
    /** How often a customer not reached is called again before the plan is given up. */
    maxAttempts: integer('max_attempts').notNull().default(3),
    retryDays: integer('retry_days').notNull().default(1),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    check(
      'revisit_rules_numbers',
      sql`${t.days} >= 0 and ${t.months} >= 0 and ${t.maxAttempts} >= 1 and ${t.retryDays} >= 1`,
    ),
    check('revisit_rules_grade', sql`${t.kind} <> 'grade_every' or (${t.gradeId} is not null and ${t.months} > 0)`),
  ],
);

/** 回访计划: one return visit to make, by a rule or by hand, and what came of it. */
export const revisitPlans = sqliteTable(
  'revisit_plans',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    customerId: text('customer_id').references(() => customers.id),
    name: text('name').notNull().default(''),
    phone: text('phone').notNull(),
    ruleId: text('rule_id').references(() => revisitRules.id),
    sourceModule: text('source_module', { enum: revisitSourceValues }),
    sourceRef: text('source_ref'),
    /** The record followed up, as the clerk knows it (its serial), and why the call is made. */
    sourceSerial: text('source_serial').notNull().default(''),
    reason: text('reason').notNull().default(''),
    dueAt: integer('due_at').notNull(),
    status: text('status', { enum: revisitStatusValues }).notNull().default('planned'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    retryDays: integer('retry_days').notNull().default(1),
    lastResult: text('last_result', { enum: revisitResultValues }),
    lastNote: text('last_note').notNull().default(''),
    lastCallId: text('last_call_id').references(() => calls.id),
    satisfaction: text('satisfaction', { enum: customerSatisfactionValues }),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by').references(() => clerks.id),
    closedShiftId: text('closed_shift_id').references(() => shifts.id),
    cancelReason: text('cancel_reason'),
    clerkId: text('clerk_id').references(() => clerks.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('revisit_plans_due').on(t.dueAt).where(sql`${t.status} = 'planned'`),
    index('revisit_plans_customer').on(t.customerId),
    index('revisit_plans_phone').on(t.phone),
    index('revisit_plans_closed').on(t.closedAt),
    // One plan per rule and record followed up: planning again finds it and adds nothing. A grade's regular visits
    // follow the customer's file again and again, one planned at a time.
    uniqueIndex('revisit_plans_rule_source')
      .on(t.ruleId, t.sourceRef)
      .where(sql`${t.ruleId} is not null and ${t.sourceRef} is not null and ${t.sourceModule} <> 'customers'`),
    check('revisit_plans_attempts', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
    check('revisit_plans_done', sql`${t.status} <> 'done' or ${t.lastResult} is not null`),
    check('revisit_plans_cancel', sql`${t.status} <> 'cancelled' or length(${t.cancelReason}) > 0`),
  ],
);
