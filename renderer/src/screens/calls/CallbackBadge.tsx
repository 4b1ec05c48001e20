import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/**
 * Header badge for promised callbacks: red with the overdue count when any is late, blue with the open count
 * otherwise, hidden when none is open. A click opens the queue filtered to what the badge counts.
 */
export function CallbackBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('calls:attention', {}, { refetchInterval: 30_000 });
  const c = counts.data;
  if (!c || c.open === 0) return null;
  const overdue = c.overdue > 0;
  const label = overdue ? t('calls.badge.overdue', { count: c.overdue }) : t('calls.badge.open', { count: c.open });
  return (
    <UnstyledButton
      onClick={() => navigate(overdue ? '/calls/callbacks/overdue' : '/calls/callbacks')}
      aria-label={label}
    >
      <Badge color={overdue ? 'red' : 'blue'} variant={overdue ? 'filled' : 'light'} style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
