import type { Sqlite } from '../../../db/open';
import { indexSearchDoc } from '../search/indexer';
import { syncedEntities } from '../sync/module-sync';
import { storageEntities } from './entities';
import { indexSlip, type SlipRow } from './slips';

/** A slip deposited or picked up at another counter is found by the global search here too. */
function reindexSlip(sqlite: Sqlite, row: Record<string, unknown>): void {
  const slip = row as SlipRow;
  const code = sqlite.prepare('select code from storage_locations where id = ?').pluck().get(slip.locationId);
  indexSlip({ index: (doc) => indexSearchDoc(sqlite, doc) }, slip, typeof code === 'string' ? code : '');
}

export const storageSync = syncedEntities(storageEntities, { storageSlips: reindexSlip });
