import { sql } from 'drizzle-orm';
import { check, index, integer, type SQLiteColumn, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { directoryCategoryValues } from '../../shared/contract/directory-fields';
import { clerks } from './clerks';
import { oneOf } from './value-check';

const hhmm = (column: SQLiteColumn) => sql`${column} glob '[0-2][0-9]:[0-5][0-9]' and ${column} <= '23:59'`;

/** 商户指南: where a shop is, what it sells, its phone and hours, as the desk tells a customer. */
export const directoryShops = sqliteTable(
  'directory_shops',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    category: text('category', { enum: directoryCategoryValues }).notNull(),
    floor: text('floor').notNull(),
    unitNo: text('unit_no').notNull(),
    /** Canonical form (shared/contract/phone.ts); empty when the shop gave none. */
    phone: text('phone').notNull().default(''),
    /** Site-local `HH:MM`; a closing time before the opening time is the next day's. */
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    note: text('note').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    voidedAt: integer('voided_at'),
    voidReason: text('void_reason'),
    voidedBy: text('voided_by').references(() => clerks.id),
  },
  (t) => [
    uniqueIndex('directory_shops_name').on(t.name).where(sql`${t.voidedAt} is null`),
    index('directory_shops_created').on(t.createdAt),
    check('directory_shops_category', oneOf(t.category, directoryCategoryValues)),
    check('directory_shops_hours', sql`${hhmm(t.opensAt)} and ${hhmm(t.closesAt)} and ${t.opensAt} <> ${t.closesAt}`),
    check('directory_shops_text', sql`length(${t.name}) > 0 and length(${t.unitNo}) > 0`),
    check('directory_shops_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);

/** 常见问答: a question the desk hears all day (营业时间, 停车收费) and the text a clerk reads out or sends. */
export const directoryAnswers = sqliteTable(
  'directory_answers',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    /** Other words a clerk may search it by (停车 车位 缴费). */
    keywords: text('keywords').notNull().default(''),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    voidedAt: integer('voided_at'),
    voidReason: text('void_reason'),
    voidedBy: text('voided_by').references(() => clerks.id),
  },
  (t) => [
    uniqueIndex('directory_answers_title').on(t.title).where(sql`${t.voidedAt} is null`),
    index('directory_answers_created').on(t.createdAt),
    check('directory_answers_text', sql`length(${t.title}) > 0 and length(${t.body}) > 0`),
    check('directory_answers_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);
