import type { Sqlite } from '../../../db/open';
import { indexSearchDoc } from '../search/indexer';
import { syncedEntities } from '../sync/module-sync';
import { giftsEntities } from './entities';
import { getGiftRecord } from './queries';
import { indexRecord } from './records';

/**
 * A redemption or a draw made at another counter is found by the global search here too (its campaign, gift and
 * clerk arrived before it, in the order they were written). Its receipts arrive as their own rows: once here, this
 * counter refuses the same receipt again for the campaign, naming that redemption.
 */
function reindexRecord(sqlite: Sqlite, row: Record<string, unknown>): void {
  if (typeof row.id !== 'string') return;
  indexRecord({ index: (doc) => indexSearchDoc(sqlite, doc) }, getGiftRecord({ sqlite }, row.id));
}

export const giftsSync = syncedEntities(giftsEntities, { giftRedemptions: reindexRecord, giftDraws: reindexRecord });
