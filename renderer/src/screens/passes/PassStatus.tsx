import { useTranslation } from 'react-i18next';
import type { PassView } from '../../../../shared/contract/passes';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';

/** Valid blue, past its period red, returned grey, revoked struck through with its reason. */
export function PassStatus({ pass }: { pass: PassView }) {
  const { t } = useTranslation();
  if (pass.voidedAt !== null) return <StatusBadge status="voided" reason={pass.voidReason} />;
  if (pass.expired) return <StatusBadge status="overdue" label={t('passes.detail.expired')} />;
  const label = t(labelKey('passes', 'status', pass.status));
  return <StatusBadge status={pass.status === 'returned' ? 'done' : 'open'} label={label} />;
}
