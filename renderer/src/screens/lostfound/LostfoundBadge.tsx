import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: items past the keeping period, waiting for a supervisor; hidden when none is. */
export function LostfoundBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('lostfound:attention', {}, { refetchInterval: 60_000 });
  const due = counts.data?.due ?? 0;
  if (due === 0) return null;
  const label = t('lostfound.badge.due', { count: due });
  return (
    <UnstyledButton onClick={() => navigate('/lostfound/due')} aria-label={label}>
      <Badge color="red" variant="filled" style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
