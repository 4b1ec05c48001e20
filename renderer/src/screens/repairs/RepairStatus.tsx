import { Badge, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepairOrderView } from '../../../../shared/contract/repairs';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';

/** The order's own status word, in the shared colours: late red, closed grey, voided struck through, else blue. */
export function RepairStatus({ order }: { order: RepairOrderView }) {
  const { t } = useTranslation();
  if (order.voidedAt !== null) return <StatusBadge status="voided" reason={order.voidReason} />;
  const label = t(labelKey('repairs', 'status', order.status));
  // Late: the status and the shared word for overdue in the shared red, never cut short in a narrow column.
  if (order.overdue)
    return (
      <Text c="red" fw={700} size="xs" style={{ whiteSpace: 'nowrap' }}>
        {`${label}·${t(labelKey('core', 'status', 'overdue'))}`}
      </Text>
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
