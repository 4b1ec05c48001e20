import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../lib/time';

/** The header's sync state; nothing at all on a single-PC desk. Polled: the engine runs in main. */
export function SyncState({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const { data } = useApiQuery('sync:status', {}, { refetchInterval: 2000 });
  if (!data?.enabled) return null;
  const offline = data.offlineSince !== null ? formatDateTime(data.offlineSince, timeZone) : null;
  return (
    <Group gap={4} wrap="nowrap" aria-label="sync">
      <Tooltip label={data.serverUrl ?? ''}>
        <Badge color={data.connected ? 'blue' : 'yellow'} variant="light" size="sm">
          {data.connected
            ? t('sync.state.connected')
            : offline
              ? t('sync.state.offlineSince', { time: offline })
              : t('sync.state.offline')}
        </Badge>
      </Tooltip>
      {data.waiting > 0 && (
        <Badge color="gray" variant="light" size="sm">
          {t('sync.state.waiting', { count: data.waiting })}
        </Badge>
      )}
      {data.failed > 0 && (
        <Badge color="orange" variant="light" size="sm">
          {t('sync.state.failed', { count: data.failed })}
        </Badge>
      )}
      {data.conflicts > 0 && (
        <Badge color="red" variant="light" size="sm">
          {t('sync.state.conflicts', { count: data.conflicts })}
        </Badge>
      )}
      {data.alarms.length > 0 && (
        <Badge color="red" variant="filled" size="sm">
          {t('sync.state.alarm')}
        </Badge>
      )}
    </Group>
  );
}
