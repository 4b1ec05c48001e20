import type { Sqlite } from '../../../db/open';
import { selectRow } from '../row-sql';
import { indexSearchDoc } from '../search/indexer';
import { syncedEntities } from '../sync/module-sync';
import { releasesEntities } from './entities';
import { indexPass, itemNamesOf } from './passes';

type PassRow = typeof releasesEntities.releasePasses.table.$inferSelect;

/**
 * A pass from another counter is found here by its serial, applicant, phone and goods. Its goods arrive as their
 * own events, after or before the pass: each one files the pass again with the goods this counter holds by then.
 */
function reindexPass(sqlite: Sqlite, id: unknown): void {
  if (typeof id !== 'string') return;
  const spec = releasesEntities.releasePasses;
  const pass = selectRow(sqlite, spec.table, spec.key, id) as PassRow | undefined;
  if (pass) indexPass({ index: (doc) => indexSearchDoc(sqlite, doc) }, pass, itemNamesOf({ sqlite }, id));
}

export const releasesSync = syncedEntities(releasesEntities, {
  releasePasses: (sqlite, row) => reindexPass(sqlite, row.id),
  releaseItems: (sqlite, row) => reindexPass(sqlite, row.passId),
});
