import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { callCategoryValues, callDirectionValues } from '../../shared/contract/call-fields';
import { clerks } from './clerks';
import { departments } from './settings';
import { shifts } from './shifts';

/** 电话记录: one call. A call that promises a reply is a callback until an outgoing call answers it. */
export const calls = sqliteTable(
  'calls',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    direction: text('direction', { enum: callDirectionValues }).notNull(),
    startedAt: integer('started_at').notNull(),
    durationSec: integer('duration_sec').notNull().default(0),
    callerName: text('caller_name').notNull().default(''),
    phone: text('phone').notNull(),
    category: text('category', { enum: callCategoryValues }).notNull(),
    summary: text('summary').notNull(),
    transferredTo: text('transferred_to').notNull().default(''),
    transferDepartmentId: text('transfer_department_id').references(() => departments.id),
    replyNeeded: integer('reply_needed', { mode: 'boolean' }).notNull().default(false),
    replyDueAt: integer('reply_due_at'),
    /** Set when the outgoing call in `answeredByCallId` closed this callback. */
    replyClosedAt: integer('reply_closed_at'),
    answeredByCallId: text('answered_by_call_id'),
    /** On an outgoing call: the callback it answers, and what came of it. */
    answersCallId: text('answers_call_id'),
    result: text('result').notNull().default(''),
    complaintId: text('complaint_id'),
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
    index('calls_started_at').on(t.startedAt),
    // The list's category filter, newest first (bench: a scan of every call at ten years).
    index('calls_category_started').on(t.category, t.startedAt, t.id),
    index('calls_phone').on(t.phone, t.startedAt),
    index('calls_open_callbacks')
      .on(t.replyDueAt)
      .where(sql`${t.replyNeeded} = 1 and ${t.replyClosedAt} is null and ${t.voidedAt} is null`),
    index('calls_shift').on(t.shiftId),
    // A past period's report: callbacks that were still open at its end, answered only later. Closed ones only, so
    // that the open-callback queue keeps using its own index.
    index('calls_callbacks_closed')
      .on(t.replyClosedAt)
      .where(sql`${t.replyNeeded} = 1 and ${t.replyClosedAt} is not null`),
    check('calls_duration', sql`${t.durationSec} >= 0`),
    check('calls_reply_due', sql`${t.replyNeeded} = 0 or ${t.replyDueAt} is not null`),
    check('calls_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);
