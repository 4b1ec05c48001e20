import { useTranslation } from 'react-i18next';
import type { LoanState } from '../../../../shared/contract/loans';
import { labelKey } from '../../app/labels';
import { type Status, StatusBadge } from '../../components/StatusBadge';

const statusOf: Record<LoanState, Status> = {
  out: 'open',
  overdue: 'overdue',
  returned: 'done',
  kept: 'done',
  voided: 'voided',
};

export function LoanStateBadge({ state, reason }: { state: LoanState; reason?: string | null }) {
  const { t } = useTranslation();
  return <StatusBadge status={statusOf[state]} label={t(labelKey('loans', 'state', state))} reason={reason} />;
}
