import type { Sqlite } from '../../../db/open';
import { coreEntities } from '../core/entities';
import { indexSearchDoc } from '../search/indexer';
import type { ModuleSync } from '../sync/module-sync';
import { shopView } from './queries';
import { indexShop } from './records';

/** A shop added or edited at another counter (settings or the directory: one list) is found by Ctrl+K here too. */
function reindexShop(sqlite: Sqlite, row: Record<string, unknown>): void {
  const shop = typeof row.id === 'string' ? shopView(sqlite, row.id) : undefined;
  if (shop) indexShop({ index: (doc) => indexSearchDoc(sqlite, doc) }, shop);
}

/** The shops are core records (settings keeps them); the directory adds their search entry after an apply. */
export const directorySync: ModuleSync = { shops: { spec: coreEntities.shops, afterApply: reindexShop } };
