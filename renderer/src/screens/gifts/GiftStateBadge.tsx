import { useTranslation } from 'react-i18next';
import type { GiftState } from '../../../../shared/contract/gifts';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';

export function GiftStateBadge({ state, reason }: { state: GiftState; reason?: string | null }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      status={state === 'voided' ? 'voided' : 'done'}
      label={t(labelKey('gifts', 'state', state))}
      reason={reason}
    />
  );
}
