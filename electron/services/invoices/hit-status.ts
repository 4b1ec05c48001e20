import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getInvoice } from './invoice-queries';

/** A request not yet issued is open; issued or delivered is done; 红冲 is voided. */
export const invoicesHitStatus: HitStatusSource = (ctx, id) => {
  const r = orNull(() => getInvoice(ctx, id));
  if (!r) return null;
  const labelKey = `labels.invoices.values.status.${r.status}`;
  if (r.status === 'voided' || r.voidedAt !== null) return hit(r.serialNo, { tone: 'voided', labelKey, open: false });
  if (r.status === 'requested') return hit(r.serialNo, { tone: 'open', labelKey, open: true });
  return hit(r.serialNo, { tone: 'done', labelKey, open: false });
};
