import { useTranslation } from 'react-i18next';
import type { RevisitPlanView, RevisitStatus } from '../../../../shared/contract/customers';
import { labelKey } from '../../app/labels';
import { type Status, StatusBadge } from '../../components/StatusBadge';

const statusOf: Record<RevisitStatus, Status> = { planned: 'open', done: 'done', failed: 'done', cancelled: 'voided' };

export function RevisitStatusBadge({ plan }: { plan: RevisitPlanView }) {
  const { t } = useTranslation();
  if (plan.overdue) return <StatusBadge status="overdue" label={t('customers.visits.overdue')} />;
  return (
    <StatusBadge
      status={statusOf[plan.status]}
      label={t(labelKey('customers', 'revisitStatus', plan.status))}
      reason={plan.cancelReason}
    />
  );
}
