import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflictView } from '../../../../shared/contract/sync';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { formatDateTime } from '../../lib/time';

/** Open conflicts, each with both counters' actions; a supervisor settles one with a note (a new event). */
export function ConflictList({ canResolve, timeZone }: { canResolve: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const conflicts = useApiQuery('sync:conflicts', { open: true }, { refetchInterval: 3000 });
  return (
    <Stack gap="xs">
      <Title order={5}>{t('sync.conflicts.title')}</Title>
      {conflicts.data?.length === 0 && <Text size="sm">{t('sync.conflicts.none')}</Text>}
      {conflicts.data?.map((c) => (
        <ConflictCard key={c.eventId} conflict={c} canResolve={canResolve} timeZone={timeZone} />
      ))}
    </Stack>
  );
}

function ConflictCard({
  conflict,
  canResolve,
  timeZone,
}: {
  conflict: SyncConflictView;
  canResolve: boolean;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const resolve = useApiMutation('sync:resolve', ['sync:', 'storage:']);
  const [note, setNote] = useState('');
  const side = (s: SyncConflictView['kept']) =>
    s
      ? t('sync.conflicts.side', {
          counter: s.counter,
          clerk: s.clerkName ?? '—',
          time: formatDateTime(s.at, timeZone),
        })
      : '—';
  const settle = (keep: 'kept' | 'other') =>
    resolve.mutate({ eventId: conflict.eventId, keep, note }, { onError: (e) => showApiError(e) });
  return (
    <Card withBorder padding="xs" aria-label={conflict.display}>
      <Text size="sm" fw={600}>
        {t('sync.conflicts.record')}：{conflict.display || '—'}
      </Text>
      <Text size="sm">
        {t('sync.conflicts.kept')}：{side(conflict.kept)}
      </Text>
      <Text size="sm">
        {t('sync.conflicts.other')}：{side(conflict.other)}
      </Text>
      {canResolve && (
        <Group align="flex-end" mt={4}>
          <TextInput
            label={t('sync.conflicts.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={260}
          />
          <Button size="compact-sm" onClick={() => settle('kept')} loading={resolve.isPending}>
            {t('sync.conflicts.keepKept')}
          </Button>
          <Button size="compact-sm" variant="light" onClick={() => settle('other')} loading={resolve.isPending}>
            {t('sync.conflicts.takeOther')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
