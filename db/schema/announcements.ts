import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  announcementIdTypeValues,
  announcementKindValues,
  announcementStatusValues,
  childGenderValues,
  lostChildOutcomeValues,
  lostChildStepValues,
} from '../../shared/contract/announcements-fields';
import { clerks } from './clerks';
import { shifts } from './shifts';
import { oneOf } from './value-check';

/** 广播模板: the texts supervisors keep, with `{blanks}` the clerk fills. */
export const announcementTemplates = sqliteTable(
  'announcement_templates',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    kind: text('kind', { enum: announcementKindValues }).notNull(),
    name: text('name').notNull().unique(),
    text: text('text').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('announcement_templates_kind', oneOf(t.kind, announcementKindValues))],
);

/** 广播登记: one announcement, how often it was read, and for a lost child the case until it is closed. */
export const announcements = sqliteTable(
  'announcements',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    kind: text('kind', { enum: announcementKindValues }).notNull(),
    templateId: text('template_id').references(() => announcementTemplates.id),
    text: text('text').notNull(),
    requesterName: text('requester_name').notNull(),
    requesterPhone: text('requester_phone').notNull().default(''),
    timesRead: integer('times_read').notNull().default(1),
    lastReadAt: integer('last_read_at').notNull(),
    status: text('status', { enum: announcementStatusValues }).notNull(),
    // A lost child: who, what they wear, where and when last seen.
    childName: text('child_name').notNull().default(''),
    childAge: integer('child_age'),
    childGender: text('child_gender', { enum: childGenderValues }),
    childDescription: text('child_description').notNull().default(''),
    lastSeenPlace: text('last_seen_place').notNull().default(''),
    lastSeenAt: integer('last_seen_at'),
    // How it ended: to whom the child was handed, their ID (masked plus keyed hash) and relation.
    outcome: text('outcome', { enum: lostChildOutcomeValues }),
    handedToName: text('handed_to_name'),
    handedToRelation: text('handed_to_relation'),
    handedToIdType: text('handed_to_id_type', { enum: announcementIdTypeValues }),
    handedToIdMasked: text('handed_to_id_masked'),
    handedToIdHash: text('handed_to_id_hash'),
    closeNote: text('close_note'),
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
    index('announcements_open').on(t.createdAt).where(sql`${t.status} = 'open' and ${t.voidedAt} is null`),
    index('announcements_created').on(t.createdAt),
    index('announcements_closed').on(t.closedAt),
    index('announcements_shift').on(t.shiftId),
    check('announcements_kind', oneOf(t.kind, announcementKindValues)),
    check('announcements_status', oneOf(t.status, announcementStatusValues)),
    check('announcements_times_read', sql`${t.timesRead} >= 0`),
    check(
      'announcements_lost_child',
      sql`(${t.kind} = 'lost_child') = (${t.status} <> 'logged') and (${t.kind} <> 'lost_child' or length(${t.childDescription}) > 0)`,
    ),
    check(
      'announcements_closed_outcome',
      sql`${t.status} <> 'closed' or (${t.outcome} is not null and ${t.closedAt} is not null)`,
    ),
    check(
      'announcements_guardian',
      sql`coalesce(${t.outcome}, '') <> 'guardian' or (length(${t.handedToName}) > 0 and length(${t.handedToIdMasked}) > 0)`,
    ),
    check('announcements_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);

/** 走失儿童处置记录: append-only steps of a lost-child case, each with when it happened and who did it. */
export const lostChildSteps = sqliteTable(
  'lost_child_steps',
  {
    id: text('id').primaryKey(),
    announcementId: text('announcement_id')
      .notNull()
      .references(() => announcements.id),
    step: text('step', { enum: lostChildStepValues }).notNull(),
    at: integer('at').notNull(),
    who: text('who').notNull(),
    note: text('note').notNull().default(''),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('lost_child_steps_case').on(t.announcementId, t.at),
    check('lost_child_steps_step', oneOf(t.step, lostChildStepValues)),
    check('lost_child_steps_who', sql`length(${t.who}) > 0`),
  ],
);
