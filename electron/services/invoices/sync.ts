import type { Sqlite } from '../../../db/open';
import { selectRow } from '../row-sql';
import { indexSearchDoc } from '../search/indexer';
import { syncedEntities } from '../sync/module-sync';
import { invoicesEntities } from './entities';
import { indexInvoice } from './invoice-requests';

type RequestRow = typeof invoicesEntities.invoiceRequests.table.$inferSelect;

/**
 * A request from another counter is found here by its serial, title, taxpayer number and receipt numbers. The
 * receipts arrive as their own events: each one files the request again with the receipts this counter holds.
 */
function reindexRequest(sqlite: Sqlite, id: unknown): void {
  if (typeof id !== 'string') return;
  const spec = invoicesEntities.invoiceRequests;
  const request = selectRow(sqlite, spec.table, spec.key, id) as RequestRow | undefined;
  if (!request) return;
  const receiptNos = sqlite
    .prepare('select receipt_no from invoice_receipts where request_id = ? order by receipt_no')
    .pluck()
    .all(id) as string[];
  indexInvoice({ index: (doc) => indexSearchDoc(sqlite, doc) }, request, receiptNos);
}

export const invoicesSync = syncedEntities(invoicesEntities, {
  invoiceRequests: (sqlite, row) => reindexRequest(sqlite, row.id),
  invoiceReceipts: (sqlite, row) => reindexRequest(sqlite, row.requestId),
});
