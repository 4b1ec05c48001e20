import type { Sqlite } from '../../db/open';

export interface Sizes {
  fileBytes: number;
  searchBytes: number;
  /** The module tables the search index covers (records, not the audit log). */
  indexedDataBytes: number;
  auditBytes: number;
  method: string;
  records: Record<string, number>;
}

const searchObjects = /^(search_entries|search_keys|search_fts|sqlite_autoindex_search_)/;
const moduleTables =
  /^(visits|calls|storage_slips|storage_pickups|invoice_requests|invoice_receipts|return_requests|complaints|complaint_events)$/;

/** Sizes per table and index from the dbstat virtual table (pages actually used by each b-tree). */
export function measureSizes(sqlite: Sqlite): Sizes {
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const fileBytes = (sqlite.pragma('page_count', { simple: true }) as number) * pageSize;
  const objects = sqlite
    .prepare(`select name, tbl_name as tableName from sqlite_master where type in ('table', 'index')`)
    .all() as { name: string; tableName: string }[];
  const owner = new Map(objects.map((o) => [o.name, o.tableName]));
  const bytes = sqlite.prepare('select name, sum(pgsize) as bytes from dbstat group by name').all() as {
    name: string;
    bytes: number;
  }[];
  let searchBytes = 0;
  let indexedDataBytes = 0;
  let auditBytes = 0;
  for (const { name, bytes: b } of bytes) {
    const table = owner.get(name) ?? name;
    if (searchObjects.test(name) || searchObjects.test(table)) searchBytes += b;
    else if (moduleTables.test(table)) indexedDataBytes += b;
    else if (table === 'audit_log') auditBytes += b;
  }
  const records: Record<string, number> = {};
  for (const table of [
    'visits',
    'calls',
    'storage_slips',
    'storage_pickups',
    'invoice_requests',
    'return_requests',
    'complaints',
    'complaint_events',
    'audit_log',
    'search_entries',
  ])
    records[table] = sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;
  return { fileBytes, searchBytes, indexedDataBytes, auditBytes, method: 'dbstat', records };
}
