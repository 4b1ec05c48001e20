import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { moduleNames } from '../../shared/modules';

/**
 * One row per searchable record of any module. The FTS5 trigram table `search_fts` (hand-written migration)
 * shares its rowid; `search_keys` holds exact short keys (name characters, pinyin initials, phone tails,
 * serials) because trigram cannot match queries of one or two characters.
 */
export const searchEntries = sqliteTable(
  'search_entries',
  {
    rowid: integer('rowid').primaryKey(),
    module: text('module', { enum: moduleNames }).notNull(),
    entityId: text('entity_id').notNull().unique(),
    title: text('title').notNull(),
    subtitle: text('subtitle').notNull().default(''),
    /** A code of the module's `searchTag` value list (a call's category): the renderer shows its label. */
    tag: text('tag'),
    phone: text('phone'),
    at: integer('at').notNull(),
    voided: integer('voided', { mode: 'boolean' }).notNull().default(false),
  },
  // (phone, at): customer history reads a customer's newest records straight off the index, without sorting all of them.
  (t) => [index('search_entries_phone_at').on(t.phone, t.at)],
);

export const searchKeys = sqliteTable(
  'search_keys',
  {
    key: text('key').notNull(),
    entryRowid: integer('entry_rowid').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.entryRowid] }), index('search_keys_entry').on(t.entryRowid)],
);
