import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  complaintCauseValues,
  complaintChannelValues,
  complaintEventKindValues,
  complaintOutcomeValues,
  complaintStatusValues,
  complaintTypeValues,
  complaintUrgencyValues,
  satisfactionValues,
} from '../../shared/contract/complaint-fields';
import { clerks } from './clerks';
import { departments, shops } from './settings';
import { shifts } from './shifts';

/** 客户投诉登记表 plus its handling: one complaint from intake to closure. */
export const complaints = sqliteTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    receivedAt: integer('received_at').notNull(),
    channel: text('channel', { enum: complaintChannelValues }).notNull(),
    customerName: text('customer_name').notNull(),
    phone: text('phone').notNull().default(''),
    address: text('address').notNull().default(''),
    type: text('type', { enum: complaintTypeValues }).notNull(),
    reason: text('reason').notNull(),
    demand: text('demand').notNull().default(''),
    urgency: text('urgency', { enum: complaintUrgencyValues }).notNull(),
    /** 承诺办理期限 as promised to the customer; pauses are added on top, never written into it. */
    deadlineAt: integer('deadline_at').notNull(),
    shopId: text('shop_id').references(() => shops.id),
    departmentId: text('department_id').references(() => departments.id),
    notes: text('notes').notNull().default(''),
    /** The clerk the customer complains about, if any: that clerk may not change this record. */
    complainedClerkId: text('complained_clerk_id').references(() => clerks.id),
    status: text('status', { enum: complaintStatusValues }).notNull(),
    notAcceptedReason: text('not_accepted_reason'),
    /** 首问责任制: the accepting clerk, then the assigned person. */
    ownerClerkId: text('owner_clerk_id')
      .notNull()
      .references(() => clerks.id),
    /**
     * 首问责任人: the clerk who first received the complaint, set at intake and never changed (triggers of migration
     * 0038). Null only on complaints taken before it, whose first owner is the intake clerk (`clerk_id`).
     */
    firstOwnerClerkId: text('first_owner_clerk_id').references(() => clerks.id),
    assignedDepartmentId: text('assigned_department_id').references(() => departments.id),
    assignedClerkId: text('assigned_clerk_id').references(() => clerks.id),
    /**
     * Time spent waiting for the customer on the clock (暂停累计), nights included: what the handling time of the
     * statistics leaves out. The deadline moves by the desk time paused instead (`movedDeadlineAt`).
     */
    pausedMs: integer('paused_ms').notNull().default(0),
    /**
     * 承诺办理期限 moved on by the desk time of every finished pause (`addDeskTime` of `deskTimeBetween` the pause's
     * start and end): a pause from 21:50 to 09:30 the next morning moves it by 10 minutes, not by the night. Set when
     * a pause starts (to the deadline it had, unchanged) and moved on when it ends (services/complaints/deadline.ts).
     * Null while no pause has started since migration 0048: such a complaint keeps the deadline it showed then,
     * `deadline_at + paused_ms`, and a pause running since before it goes on on the clock until it ends (its pauses'
     * desk hours are not known to SQL, and a row rewritten outside the audited writer would fail the audit check).
     */
    movedDeadlineAt: integer('moved_deadline_at'),
    pausedSince: integer('paused_since'),
    pauseReason: text('pause_reason'),
    cause: text('cause', { enum: complaintCauseValues }),
    outcome: text('outcome', { enum: complaintOutcomeValues }),
    resolution: text('resolution').notNull().default(''),
    compensationFen: integer('compensation_fen').notNull().default(0),
    compensationApprovedBy: text('compensation_approved_by').references(() => clerks.id),
    resolvedAt: integer('resolved_at'),
    informedAt: integer('informed_at'),
    informedHow: text('informed_how').notNull().default(''),
    customerReaction: text('customer_reaction').notNull().default(''),
    returnVisitDueAt: integer('return_visit_due_at'),
    returnVisitedAt: integer('return_visited_at'),
    returnVisitResult: text('return_visit_result').notNull().default(''),
    satisfaction: text('satisfaction', { enum: satisfactionValues }),
    noReturnVisitReason: text('no_return_visit_reason'),
    closedAt: integer('closed_at'),
    reopenCount: integer('reopen_count').notNull().default(0),
    visitId: text('visit_id'),
    callId: text('call_id'),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    shiftId: text('shift_id').references(() => shifts.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('complaints_received_at').on(t.receivedAt, t.id),
    index('complaints_open_deadline')
      .on(t.deadlineAt)
      .where(sql`${t.status} not in ('not_accepted', 'resolved', 'return_visited', 'closed')`),
    index('complaints_phone').on(t.phone, t.receivedAt),
    // The open work list filters `status in (...)`, which cannot use the partial index above (bench: a scan).
    index('complaints_status').on(t.status),
    // The handover counts complaints received in the shift or closed since it opened.
    index('complaints_shift').on(t.shiftId),
    index('complaints_closed').on(t.closedAt),
    check('complaints_compensation', sql`${t.compensationFen} >= 0`),
    check('complaints_paused', sql`${t.pausedMs} >= 0`),
    check('complaints_not_accepted_reason', sql`${t.status} <> 'not_accepted' or length(${t.notAcceptedReason}) > 0`),
    check(
      'complaints_closed_needs_visit',
      sql`${t.closedAt} is null or ${t.returnVisitedAt} is not null or length(${t.noReturnVisitReason}) > 0`,
    ),
  ],
);

/** Append-only timeline: rows are inserted, never updated; a correction is a new row pointing at the old one. */
export const complaintEvents = sqliteTable(
  'complaint_events',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    complaintId: text('complaint_id')
      .notNull()
      .references(() => complaints.id),
    at: integer('at').notNull(),
    kind: text('kind', { enum: complaintEventKindValues }).notNull(),
    text: text('text').notNull(),
    fromStatus: text('from_status', { enum: complaintStatusValues }),
    toStatus: text('to_status', { enum: complaintStatusValues }),
    correctsEventId: text('corrects_event_id'),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('complaint_events_complaint').on(t.complaintId, t.at),
    check('complaint_events_text', sql`length(${t.text}) > 0`),
  ],
);

/** Days a supervisor added or corrected, overriding the packaged holiday calendar (e.g. a year it does not know). */
export const complaintCalendarDays = sqliteTable(
  'complaint_calendar_days',
  {
    day: text('day').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    work: integer('work', { mode: 'boolean' }).notNull(),
    note: text('note').notNull().default(''),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('complaint_calendar_day_format', sql`${t.day} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`)],
);
