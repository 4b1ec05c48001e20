import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** Header badge: invoice requests not yet issued (open work, blue); hidden when none. A click lists them. */
export function InvoicesBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const counts = useApiQuery('invoices:attention', {}, { refetchInterval: 60_000 });
  const open = counts.data?.open ?? 0;
  if (open === 0) return null;
  const label = t('invoices.badge', { count: open });
  return (
    <UnstyledButton onClick={() => navigate('/invoices/open')} aria-label={label}>
      <Badge color="blue" variant="light" style={{ cursor: 'pointer' }}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}
