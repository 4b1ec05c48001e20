import { Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';
import { recordPath } from '../../app/modules';
import { CustomerTimeline } from '../../components/CustomerTimeline';
import { CustomerFileButton } from '../customers/CustomerFileButton';

/** One customer's history by phone: what is open first, then everything else the desk did with that number. */
export function CustomerHistory({ phone, timeZone }: { phone: string; timeZone: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  // The same query as the timeline's (answered once): the name the desk knows this number by.
  const rows = useApiQuery('search:history', { phone }).data ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('history.title', { phone })}</Title>
        <CustomerFileButton phone={phone} name={rows.find((r) => r.module !== 'customers')?.title ?? ''} />
      </Group>
      <CustomerTimeline
        phone={phone}
        timeZone={timeZone}
        label={t('history.title', { phone })}
        onOpen={(hit) => navigate(recordPath(hit.module, hit.entityId))}
      />
    </Stack>
  );
}
