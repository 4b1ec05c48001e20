import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SyncFailedView } from '../../../../shared/contract/sync';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { formatDateTime } from '../../lib/time';

/**
 * Other counters' events this PC could not store: which kind of record, from which counter, when and why. A
 * supervisor puts the cause right and retries them; nothing is dropped meanwhile (they stay in the inbox).
 */
export function FailedList({ canRetry, timeZone }: { canRetry: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const failed = useApiQuery('sync:failed', {}, { refetchInterval: 3000 });
  // Applied records may be of any module: every screen's queries refetch.
  const retry = useApiMutation('sync:retry', ['']);
  const run = (streamSeq?: number) =>
    retry.mutate(
      { streamSeq },
      {
        onSuccess: (r) =>
          notifications.show({ color: r.failed > 0 ? 'yellow' : 'green', message: t('sync.failed.done', r) }),
        onError: (e) => showApiError(e),
      },
    );
  const rows = failed.data ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>{t('sync.failed.title')}</Title>
        {canRetry && rows.length > 1 && (
          <Button size="compact-sm" variant="light" onClick={() => run()} loading={retry.isPending}>
            {t('sync.failed.retryAll')}
          </Button>
        )}
      </Group>
      {failed.data && rows.length === 0 && <Text size="sm">{t('sync.failed.none')}</Text>}
      {rows.length > 0 && (
        <Alert color="yellow" p="xs">
          <Text size="sm">{t('sync.failed.intro')}</Text>
        </Alert>
      )}
      {rows.map((f) => (
        <FailedCard key={f.streamSeq} failed={f} timeZone={timeZone} canRetry={canRetry} onRetry={run} />
      ))}
    </Stack>
  );
}

function FailedCard({
  failed,
  timeZone,
  canRetry,
  onRetry,
}: {
  failed: SyncFailedView;
  timeZone: string;
  canRetry: boolean;
  onRetry: (streamSeq: number) => void;
}) {
  const { t } = useTranslation();
  const kind = failed.entityKey ? t(failed.entityKey) : t('sync.failed.unknownKind');
  const line = t('sync.failed.line', {
    kind,
    record: failed.display ?? t('sync.failed.noRecord'),
    counter: failed.counter,
    time: formatDateTime(failed.at, timeZone),
  });
  return (
    <Card withBorder padding="xs" aria-label={line}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {line}
          </Text>
          <Text size="sm">{t('sync.failed.why', { reason: t(`sync.failed.reasons.${failed.reason}`) })}</Text>
          {failed.retriedAt !== null && (
            <Text size="xs" c="dimmed">
              {t('sync.failed.retriedAt', { time: formatDateTime(failed.retriedAt, timeZone) })}
            </Text>
          )}
        </Stack>
        {canRetry && (
          <Button size="compact-sm" onClick={() => onRetry(failed.streamSeq)}>
            {t('sync.failed.retry')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
