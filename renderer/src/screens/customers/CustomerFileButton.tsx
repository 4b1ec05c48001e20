import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { canonicalPhoneOrNull } from '../../../../shared/contract/phone';
import { useApiQuery } from '../../api/hooks';

/**
 * On any record with a phone: opens the customer's file when there is one, else offers 建立客户档案 filled in from
 * the record. A file is never created without the clerk choosing it.
 */
export function CustomerFileButton({ phone, name, size = 'xs' }: { phone: string; name: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const canonical = canonicalPhoneOrNull(phone);
  const file = useApiQuery('customers:byPhone', { phone: canonical ?? '' }, { enabled: canonical !== null });
  if (!canonical || !file.isSuccess) return null;
  if (file.data)
    return (
      <Button size={size} variant="light" onClick={() => navigate(`~/customers/${file.data?.id}`)}>
        {t('customers.file.open', { fileNo: file.data.fileNo })}
      </Button>
    );
  return (
    <Button
      size={size}
      variant="light"
      onClick={() => navigate(`~/customers/new/${encodeURIComponent(canonical)}/${encodeURIComponent(name)}`)}
    >
      {t('customers.file.create')}
    </Button>
  );
}
