import { useTranslation } from 'react-i18next';
import type { ReleasePassView } from '../../../../shared/contract/releases';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';

/** The pass's status word in the shared colours: waiting blue, past its day red, out grey, stopped red, voided struck. */
export function ReleaseStatus({ pass }: { pass: ReleasePassView }) {
  const { t } = useTranslation();
  if (pass.voidedAt !== null) return <StatusBadge status="voided" reason={pass.voidReason} />;
  const label = t(labelKey('releases', 'status', pass.status));
  if (pass.status === 'issued' && pass.expired)
    return <StatusBadge status="overdue" label={t('releases.detail.expired')} />;
  if (pass.status === 'exited') return <StatusBadge status="done" label={label} />;
  if (pass.status === 'stopped') return <StatusBadge status="overdue" label={label} />;
  return <StatusBadge status="open" label={label} />;
}
