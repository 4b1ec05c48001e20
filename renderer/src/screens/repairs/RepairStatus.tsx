import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepairOrderView } from '../../../../shared/contract/repairs';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';

/** The order's own status word, in the shared colours: late red, closed grey, voided struck through, else blue. */
export function RepairStatus({ order }: { order: RepairOrderView }) {
  const { t } = useTranslation();
  if (order.voidedAt !== null) return <StatusBadge status="voided" reason={order.voidReason} />;
  const label = t(labelKey('repairs', 'status', order.status));
  // Late (only orders still waiting for the team are): the shared word and red; the status on hover.
  if (order.overdue)
    return (
      <Tooltip label={label}>
        <span>
          <StatusBadge status="overdue" />
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
