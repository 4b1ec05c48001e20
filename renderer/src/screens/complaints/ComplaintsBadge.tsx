import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: red with overdue complaints, orange with those due within 24 hours, hidden when neither. */
export function ComplaintsBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('complaints:attention', {}, { refetchInterval: 30_000 });
  const c = counts.data;
  if (!c || (c.overdue === 0 && c.dueSoon === 0)) return null;
  const overdue = c.overdue > 0;
  const label = overdue
    ? t('complaints.badge.overdue', { count: c.overdue })
    : t('complaints.badge.dueSoon', { count: c.dueSoon });
  return (
    <UnstyledButton onClick={() => navigate('/complaints')} aria-label={label}>
      <Badge color={overdue ? 'red' : 'orange'} variant={overdue ? 'filled' : 'light'} style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
