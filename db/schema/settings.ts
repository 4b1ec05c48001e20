import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { directoryCategoryValues } from '../../shared/contract/directory-fields';
import { clerks } from './clerks';

/** The one site this database belongs to. Its code goes into every serial number so that data of several sites can be merged. */
export const site = sqliteTable('site', {
  id: text('id').primaryKey(),
  /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
  version: integer('version').notNull().default(1),
  name: text('name').notNull(),
  code: text('code').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  deskPhone: text('desk_phone').notNull().default(''),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const counters = sqliteTable('counters', {
  id: text('id').primaryKey(),
  /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
  version: integer('version').notNull().default(1),
  name: text('name').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const departments = sqliteTable('departments', {
  id: text('id').primaryKey(),
  /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
  version: integer('version').notNull().default(1),
  name: text('name').notNull().unique(),
  phone: text('phone').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const shops = sqliteTable('shops', {
  id: text('id').primaryKey(),
  /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
  version: integer('version').notNull().default(1),
  name: text('name').notNull().unique(),
  unitNo: text('unit_no').notNull().default(''),
  floor: text('floor').notNull().default(''),
  phone: text('phone').notNull().default(''),
  /** Whether the shop is on the list: the modules' shop choices, the directory and Ctrl+K show the active ones. */
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  // The directory's side of the same shop (商户指南, 0043): what it sells, its hours, a note for the desk.
  category: text('category', { enum: directoryCategoryValues }).notNull().default('other'),
  /** Site-local `HH:MM`, both empty while nobody has entered the shop's hours; a closing before the opening is the next day's. */
  opensAt: text('opens_at').notNull().default(''),
  closesAt: text('closes_at').notNull().default(''),
  note: text('note').notNull().default(''),
  /** When, why and by whom the shop was taken off the list (a reason when a lead voided it in the directory). */
  voidedAt: integer('voided_at'),
  voidReason: text('void_reason'),
  voidedBy: text('voided_by').references(() => clerks.id),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Site-wide settings as JSON values under a key; the service knows each key's shape and default. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
  version: integer('version').notNull().default(1),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at').notNull().default(sql`0`),
});
