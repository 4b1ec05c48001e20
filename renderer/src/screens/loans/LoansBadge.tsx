import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: items out past their due time; hidden when none is. A click opens the overdue list. */
export function LoansBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('loans:attention', {}, { refetchInterval: 60_000 });
  const overdue = counts.data?.overdue ?? 0;
  if (overdue === 0) return null;
  const label = t('loans.badge.overdue', { count: overdue });
  return (
    <UnstyledButton onClick={() => navigate('/loans/overdue')} aria-label={label}>
      <Badge color="red" variant="filled" style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
