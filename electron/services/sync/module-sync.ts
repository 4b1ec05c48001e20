import type { InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from '../../../db/open';
import type { AuditedEntity } from '../audit/entity';
import { selectRow } from '../row-sql';
import { indexSearchDoc, type SearchDoc } from '../search/indexer';

/** How a record of one entity, as another counter wrote it, is taken into this counter's tables. */
export interface EntitySync {
  spec: AuditedEntity;
  /** Runs after the row was written in the apply's transaction: what the module derives from it (its search entry). */
  afterApply?: (sqlite: Sqlite, row: Record<string, unknown>) => void;
}

/**
 * A module's part in the multi-counter work, declared once in its registry entry: the entities whose events it
 * applies. An entity no module declares (an event from a newer app version) is kept as it came and applies nothing.
 */
export type ModuleSync = Readonly<Record<string, EntitySync>>;

/** Every entity of a module applied as the state its event carries; hooks add what the module derives. */
export function syncedEntities(
  entities: Readonly<Record<string, AuditedEntity>>,
  hooks: Partial<Record<string, EntitySync['afterApply']>> = {},
): ModuleSync {
  return Object.fromEntries(
    Object.entries(entities).map(([name, spec]) => [name, { spec, afterApply: hooks[name] }] as const),
  );
}

/** What a module's indexer needs of a write: only where its search entries go. */
export interface SearchIndexer {
  index(doc: SearchDoc): void;
}

/**
 * An apply hook that files a record from another counter in this counter's search (Ctrl+K and the customer history)
 * as the module's own write does: the row is read back as stored here, typed by its table, and given to the module's
 * indexer.
 */
export function reindexed<T extends SQLiteTable>(
  spec: AuditedEntity<T>,
  index: (tx: SearchIndexer, row: InferSelectModel<T>) => void,
): NonNullable<EntitySync['afterApply']> {
  return (sqlite, row) => {
    const id = row[spec.keyName];
    if (typeof id !== 'string') return;
    const stored = selectRow(sqlite, spec.table, spec.key, id);
    if (stored) index({ index: (doc) => indexSearchDoc(sqlite, doc) }, stored);
  };
}
