import { Badge, Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badges: applications awaiting approval (blue) and works past their end (red); hidden when none. */
export function RenovationsBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('renovations:attention', {}, { refetchInterval: 60_000 });
  const pending = counts.data?.pending ?? 0;
  const overdue = counts.data?.overdue ?? 0;
  if (pending === 0 && overdue === 0) return null;
  const badge = (label: string, color: string, to: string) => (
    <UnstyledButton onClick={() => navigate(to)} aria-label={label}>
      <Badge color={color} variant="filled" style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
  return (
    <Group gap={4} wrap="nowrap">
      {pending > 0 && badge(t('renovations.badge.pending', { count: pending }), 'blue', '/renovations/pending')}
      {overdue > 0 && badge(t('renovations.badge.overdue', { count: overdue }), 'red', '/renovations/works')}
    </Group>
  );
}
