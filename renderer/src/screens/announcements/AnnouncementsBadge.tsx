import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: lost children not yet handed over; it stays on every screen until each case is closed. */
export function AnnouncementsBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('announcements:attention', {}, { refetchInterval: 15_000 });
  const open = counts.data?.lostChildrenOpen ?? 0;
  if (open === 0) return null;
  const label = t('announcements.badge.lostChildren', { count: open });
  return (
    <UnstyledButton onClick={() => navigate('/announcements/open')} aria-label={label}>
      <Badge color="red" variant="filled" style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
