import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepairOrderView } from '../../../../shared/contract/repairs';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';

/**
 * The order's own status word, in the shared colours: escalated red with the limit it missed, due for its return
 * visit yellow, closed grey, voided struck through, else blue. The status is on hover where the word is another.
 */
export function RepairStatus({ order }: { order: RepairOrderView }) {
  const { t } = useTranslation();
  if (order.voidedAt !== null) return <StatusBadge status="voided" reason={order.voidReason} />;
  const label = t(labelKey('repairs', 'status', order.status));
  // Escalated: the limit it missed (超时未完工) in red, short enough for the list's column; 已升级 and the status on hover.
  if (order.escalation)
    return (
      <Tooltip label={t('repairs.status.escalated', { status: label })}>
        <span>
          <StatusBadge status="overdue" label={t(labelKey('repairs', 'escalation', order.escalation))} />
        </span>
      </Tooltip>
    );
  if (order.followUpDue)
    return (
      <Tooltip label={label}>
        <span>
          <StatusBadge status="dueSoon" label={t('repairs.status.followUpDue')} />
        </span>
      </Tooltip>
    );
  if (order.status === 'closed') return <StatusBadge status="done" label={label} />;
  return order.urgency === 'urgent' ? (
    <Tooltip label={t(labelKey('repairs', 'urgency', 'urgent'))}>
      <Badge color="blue" variant="filled">
        {label}
      </Badge>
    </Tooltip>
  ) : (
    <StatusBadge status="open" label={label} />
  );
}
