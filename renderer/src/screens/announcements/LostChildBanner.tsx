import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { formatDateTime, spanInWords } from '../../lib/time';

/** Every lost-child case still open, above the list on this screen until it is closed. */
export function LostChildBanner({ timeZone, onOpen }: { timeZone: string; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const open = useApiQuery('announcements:list', { filter: 'open', text: '', limit: 20 }, { refetchInterval: 15_000 });
  const cases = open.data ?? [];
  if (cases.length === 0) return null;
  return (
    <Alert color="red" variant="filled" py={6} mb={6} title={t('announcements.banner.title')}>
      <Stack gap={2}>
        {cases.map((c) => (
          <Group key={c.id} gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {c.serialNo} ·{' '}
              {t('announcements.banner.since', {
                name: c.childName || c.childDescription,
                place: c.lastSeenPlace,
                at: formatDateTime(c.createdAt, timeZone),
                span: spanInWords(Date.now() - c.createdAt),
              })}
            </Text>
            <Button size="compact-xs" variant="white" color="red" onClick={() => onOpen(c.id)}>
              {t('announcements.banner.open')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
