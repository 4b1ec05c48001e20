import { useTranslation } from 'react-i18next';
import type { RenovationView } from '../../../../shared/contract/renovations';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';

/** Under way blue, past its end red, refunded grey, voided struck through with its reason. */
export function RenovationStatus({ permit }: { permit: RenovationView }) {
  const { t } = useTranslation();
  if (permit.voidedAt !== null) return <StatusBadge status="voided" reason={permit.voidReason} />;
  if (permit.overdue) return <StatusBadge status="overdue" label={t('renovations.detail.overdue')} />;
  const label = t(labelKey('renovations', 'status', permit.status));
  if (permit.status === 'failed') return <StatusBadge status="dueSoon" label={label} />;
  return <StatusBadge status={permit.status === 'refunded' ? 'done' : 'open'} label={label} />;
}
