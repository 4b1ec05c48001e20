import { Alert, Button, Group, NumberInput, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { ConflictList } from './ConflictList';
import { FailedList } from './FailedList';

/** Settings → counters of a site: this PC's enrolment, chain alarms, and the conflicts a supervisor settles. */
export function SyncPanel({ canEdit, timeZone }: { canEdit: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const status = useApiQuery('sync:status', {});
  const enrol = useApiMutation('sync:enrol', ['sync:']);
  const [serverUrl, setServerUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [counterIndex, setCounterIndex] = useState<number | string>('');
  const data = status.data;
  const submit = () =>
    enrol.mutate(
      { serverUrl, user, password, counterIndex: Number(counterIndex) },
      {
        onSuccess: (s) =>
          notifications.show({
            color: 'green',
            message: t('sync.enrol.done', { site: s.site, index: s.counterIndex }),
          }),
        onError: (e) => showApiError(e),
      },
    );
  return (
    <Stack maw={760} gap="sm">
      {data?.enabled ? (
        <Stack gap={0}>
          <Text size="sm">
            {t('sync.enrol.current', { site: data.site, index: data.counterIndex, url: data.serverUrl })}
          </Text>
          <Text size="sm" aria-label={t('sync.enrol.credentials')}>
            {t('sync.enrol.account', {
              user: data.user,
              password: data.passwordSaved ? '••••••' : t('sync.enrol.passwordMissing'),
            })}
          </Text>
        </Stack>
      ) : (
        <Text size="sm">{t('sync.off')}</Text>
      )}
      {data && data.alarms.length > 0 && (
        <Alert color="red" title={t('sync.alarms.title')}>
          {data.alarms.map((a) => (
            <Text key={a.counter} size="sm">
              {t('sync.alarms.line', { counter: a.counter, seq: a.seq, kind: t(`sync.alarms.${a.alarm}`) })}
            </Text>
          ))}
        </Alert>
      )}
      {/* Also when the saved password cannot be read here: joining again saves it anew. */}
      {(!data?.enabled || !data.passwordSaved) && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Title order={5} mb="xs">
            {t('sync.enrol.title')}
          </Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('sync.enrol.serverUrl')}
              placeholder={t('sync.enrol.serverUrlHint')}
              value={serverUrl}
              onChange={(e) => setServerUrl(e.currentTarget.value)}
              disabled={!canEdit}
              w={260}
              data-autofocus
            />
            <TextInput
              label={t('sync.enrol.user')}
              value={user}
              onChange={(e) => setUser(e.currentTarget.value)}
              disabled={!canEdit}
              w={140}
            />
            <PasswordInput
              label={t('sync.enrol.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              disabled={!canEdit}
              w={160}
            />
            <NumberInput
              label={t('sync.enrol.counterIndex')}
              value={counterIndex}
              onChange={setCounterIndex}
              min={1}
              max={99}
              allowDecimal={false}
              disabled={!canEdit}
              w={150}
            />
            <Button type="submit" disabled={!canEdit} loading={enrol.isPending}>
              {t('sync.enrol.submit')}
            </Button>
          </Group>
        </form>
      )}
      {data?.enabled && <FailedList canRetry={canEdit} timeZone={timeZone} />}
      {data?.enabled && <ConflictList canResolve={canEdit} timeZone={timeZone} />}
    </Stack>
  );
}
