import { useTranslation } from 'react-i18next';
import type { InvoiceStatus, InvoiceView } from '../../../../shared/contract/invoices';
import { labelKey } from '../../app/labels';
import { type Status, StatusBadge } from '../../components/StatusBadge';

/** Not issued is still open work (blue); issued waits for the customer (blue); delivered is done (grey). */
const COMMON_STATUS: Record<InvoiceStatus, Status> = {
  requested: 'open',
  issued: 'open',
  delivered: 'done',
  voided: 'voided',
};

export function InvoiceStatusBadge({ invoice }: { invoice: Pick<InvoiceView, 'status' | 'voidReason'> }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      status={COMMON_STATUS[invoice.status]}
      label={t(labelKey('invoices', 'status', invoice.status))}
      reason={invoice.voidReason}
    />
  );
}
