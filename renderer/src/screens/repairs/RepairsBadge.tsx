import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/**
 * Header badge for work orders: red with the count waiting past their target arrival, blue with the open count
 * otherwise, hidden when none is open. A click opens the list filtered to what the badge counts.
 */
export function RepairsBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('repairs:attention', {}, { refetchInterval: 30_000 });
  const c = counts.data;
  if (!c || c.open === 0) return null;
  const overdue = c.overdue > 0;
  const label = overdue ? t('repairs.badge.overdue', { count: c.overdue }) : t('repairs.badge.open', { count: c.open });
  return (
    <UnstyledButton onClick={() => navigate(overdue ? '/repairs/overdue' : '/repairs/open')} aria-label={label}>
      <Badge color={overdue ? 'red' : 'blue'} variant={overdue ? 'filled' : 'light'} style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
