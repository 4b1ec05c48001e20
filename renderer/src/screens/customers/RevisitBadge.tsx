import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: planned return visits past their day; hidden when none is. A click opens the call list. */
export function RevisitBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('customers:attention', {}, { refetchInterval: 60_000 });
  const overdue = counts.data?.overdue ?? 0;
  if (overdue === 0) return null;
  const label = t('customers.badge.overdue', { count: overdue });
  return (
    <UnstyledButton onClick={() => navigate('/customers/visits')} aria-label={label}>
      <Badge color="red" variant="filled" style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
