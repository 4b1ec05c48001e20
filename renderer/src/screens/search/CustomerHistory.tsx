import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { recordPath } from '../../app/modules';
import { CustomerTimeline } from '../../components/CustomerTimeline';

/** One customer's history by phone: what is open first, then everything else the desk did with that number. */
export function CustomerHistory({ phone, timeZone }: { phone: string; timeZone: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <Stack gap="xs">
      <Title order={3}>{t('history.title', { phone })}</Title>
      <CustomerTimeline
        phone={phone}
        timeZone={timeZone}
        label={t('history.title', { phone })}
        onOpen={(hit) => navigate(recordPath(hit.module, hit.entityId))}
      />
    </Stack>
  );
}
