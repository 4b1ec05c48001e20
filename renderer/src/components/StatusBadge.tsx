import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelKey } from '../app/labels';

export type Status = 'open' | 'dueSoon' | 'overdue' | 'done' | 'voided';

const colors: Record<Status, string> = {
  open: 'blue',
  dueSoon: 'yellow',
  overdue: 'red',
  done: 'gray',
  voided: 'gray',
};

/** One colour and one word per state across modules (UX.md); voided is struck through with its reason on hover. */
export function StatusBadge({ status, label, reason }: { status: Status; label?: string; reason?: string | null }) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      color={colors[status]}
      variant={status === 'done' || status === 'voided' ? 'outline' : 'light'}
      style={status === 'voided' ? { textDecoration: 'line-through' } : undefined}
    >
      {label ?? t(labelKey('core', 'status', status))}
    </Badge>
  );
  return status === 'voided' && reason ? <Tooltip label={reason}>{badge}</Tooltip> : badge;
}
