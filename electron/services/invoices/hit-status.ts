import type { InvoiceView } from '../../../shared/contract/invoices';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getInvoice, getInvoices } from './invoice-queries';

/** A request not yet issued is open; issued or delivered is done; 红冲 is voided. */
function stateOf(r: InvoiceView): HitState {
  const labelKey = `labels.invoices.values.status.${r.status}`;
  if (r.status === 'voided' || r.voidedAt !== null) return hit(r.serialNo, { tone: 'voided', labelKey, open: false });
  if (r.status === 'requested') return hit(r.serialNo, { tone: 'open', labelKey, open: true });
  return hit(r.serialNo, { tone: 'done', labelKey, open: false });
}

export const invoicesHitStatus = hitStatusSource(getInvoice, getInvoices, stateOf);
