import { useTranslation } from 'react-i18next';
import type { StorageState } from '../../../../shared/contract/storage';
import { labelKey } from '../../app/labels';
import { type Status, StatusBadge } from '../../components/StatusBadge';

const statusOf: Record<StorageState, Status> = {
  open: 'open',
  overdue: 'overdue',
  unclaimed: 'overdue',
  collected: 'done',
  transferred: 'done',
  voided: 'voided',
};

/** The shared colours and words, with this module's word for each state. */
export function SlipStateBadge({ state, reason }: { state: StorageState; reason?: string | null }) {
  const { t } = useTranslation();
  return <StatusBadge status={statusOf[state]} label={t(labelKey('storage', 'state', state))} reason={reason} />;
}
