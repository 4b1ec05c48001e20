import { Badge, Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/**
 * Header badges for work orders: red with the count escalated (past a limit they have not met), blue with the open
 * count otherwise, hidden when none is open; yellow beside it with the completed orders due for a return visit, the
 * clerk's reminder to call. A click opens the list filtered to what the badge counts.
 */
export function RepairsBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('repairs:attention', {}, { refetchInterval: 30_000 });
  const c = counts.data;
  if (!c || c.open === 0) return null;
  const overdue = c.overdue > 0;
  const label = overdue ? t('repairs.badge.overdue', { count: c.overdue }) : t('repairs.badge.open', { count: c.open });
  const followUp = t('repairs.badge.followUp', { count: c.followUpDue });
  return (
    <Group gap={4} wrap="nowrap">
      <UnstyledButton onClick={() => navigate(overdue ? '/repairs/overdue' : '/repairs/open')} aria-label={label}>
        <Badge color={overdue ? 'red' : 'blue'} variant={overdue ? 'filled' : 'light'} style={{ cursor: 'pointer' }}>
          {label}
        </Badge>
      </UnstyledButton>
      {c.followUpDue > 0 && (
        <UnstyledButton onClick={() => navigate('/repairs/follow-up')} aria-label={followUp}>
          <Badge color="yellow" variant="light" style={{ cursor: 'pointer' }}>
            {followUp}
          </Badge>
        </UnstyledButton>
      )}
    </Group>
  );
}
