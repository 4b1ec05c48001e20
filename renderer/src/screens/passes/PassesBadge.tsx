import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: passes out past their period; hidden when none. */
export function PassesBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('passes:attention', {}, { refetchInterval: 60_000 });
  const expired = counts.data?.expired ?? 0;
  if (expired === 0) return null;
  const label = t('passes.badge.expired', { count: expired });
  return (
    <UnstyledButton onClick={() => navigate('/passes/expired')} aria-label={label}>
      <Badge color="red" variant="filled" style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
