import type { Sqlite } from '../../../db/open';
import { customers } from '../../../db/schema';
import { selectRow } from '../row-sql';
import { indexSearchDoc } from '../search/indexer';
import { syncedEntities } from '../sync/module-sync';
import { customersEntities } from './entities';
import { livePhones, liveUnits } from './file-read';
import { indexFile } from './file-write';

/**
 * A file from another counter is found here as it is there: by name, file number, company, tags, its live numbers
 * and units. A number or a unit arrives as its own event, after the file's: the file's entry is filed again then.
 */
function reindexFileOf(key: 'id' | 'customerId') {
  return (sqlite: Sqlite, row: Record<string, unknown>): void => {
    const id = row[key];
    if (typeof id !== 'string') return;
    const file = selectRow<typeof customers>(sqlite, customers, customers.id, id);
    if (!file) return;
    indexFile(
      { index: (doc) => indexSearchDoc(sqlite, doc) },
      file,
      livePhones.all(sqlite, id).map((x) => x.phone),
      liveUnits.all(sqlite, id).map((x) => x.unit),
    );
  };
}

export const customersSync = syncedEntities(customersEntities, {
  customers: reindexFileOf('id'),
  customerPhones: reindexFileOf('customerId'),
  customerUnits: reindexFileOf('customerId'),
});
