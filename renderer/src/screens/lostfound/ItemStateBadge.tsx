import { useTranslation } from 'react-i18next';
import type { LostfoundState } from '../../../../shared/contract/lostfound';
import { labelKey } from '../../app/labels';
import { type Status, StatusBadge } from '../../components/StatusBadge';

const statusOf: Record<LostfoundState, Status> = {
  held: 'open',
  due: 'overdue',
  claimed: 'done',
  police: 'done',
  disposed: 'done',
  voided: 'voided',
};

export function ItemStateBadge({ state, reason }: { state: LostfoundState; reason?: string | null }) {
  const { t } = useTranslation();
  return <StatusBadge status={statusOf[state]} label={t(labelKey('lostfound', 'state', state))} reason={reason} />;
}
