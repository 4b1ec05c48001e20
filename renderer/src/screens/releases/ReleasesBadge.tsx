import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: passes past their day still waiting (red), else passes waiting at the gate; hidden when none. */
export function ReleasesBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('releases:attention', {}, { refetchInterval: 30_000 });
  const c = counts.data;
  if (!c || c.waiting + c.expired === 0) return null;
  const expired = c.expired > 0;
  const label = expired
    ? t('releases.badge.expired', { count: c.expired })
    : t('releases.badge.waiting', { count: c.waiting });
  return (
    <UnstyledButton onClick={() => navigate('/releases/waiting')} aria-label={label}>
      <Badge color={expired ? 'red' : 'blue'} variant={expired ? 'filled' : 'light'} style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
