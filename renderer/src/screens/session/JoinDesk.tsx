import { Alert, Button, Group, Loader, NumberInput, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinStateView } from '../../../../shared/contract/sync';
import { invoke } from '../../api/client';
import { refusalText } from '../../lib/apiErrors';

/**
 * The login screen of a new PC with no data (started without demo data): nobody can log in, so the PC joins an
 * existing desk from here, then receives the site's settings, staff and records from the site server.
 */
export function JoinDesk({ state }: { state: JoinStateView }) {
  const { t } = useTranslation();
  if (state.joined)
    return (
      <Group gap="xs" wrap="nowrap" role="status">
        <Loader size="xs" />
        <Text size="sm">
          {t('sync.join.receiving', { site: state.site, index: state.counterIndex, count: state.received })}
        </Text>
      </Group>
    );
  return <JoinForm />;
}

export function JoinForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ serverUrl: '', site: '', user: '', password: '' });
  const [counterIndex, setCounterIndex] = useState<number | string>('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    // Read now: the event's target is gone by the time the state updater runs.
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    setPending(true);
    invoke('sync:join', { ...values, counterIndex: Number(counterIndex) })
      .then(() => queryClient.invalidateQueries())
      .catch((error) => setRefusal(refusalText(error)))
      .finally(() => setPending(false));
  };
  return (
    <form onSubmit={submit} aria-label={t('sync.join.title')}>
      <Stack gap="xs">
        <Title order={5}>{t('sync.join.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('sync.join.intro')}
        </Text>
        {refusal && (
          <Alert color="red" role="alert" p="xs">
            {refusal}
          </Alert>
        )}
        <TextInput
          label={t('sync.enrol.serverUrl')}
          placeholder={t('sync.enrol.serverUrlHint')}
          value={values.serverUrl}
          onChange={set('serverUrl')}
        />
        <Group grow>
          <TextInput label={t('sync.join.site')} value={values.site} onChange={set('site')} />
          <NumberInput
            label={t('sync.enrol.counterIndex')}
            value={counterIndex}
            onChange={setCounterIndex}
            min={1}
            max={99}
            allowDecimal={false}
          />
        </Group>
        <Group grow>
          <TextInput label={t('sync.enrol.user')} value={values.user} onChange={set('user')} />
          <PasswordInput label={t('sync.enrol.password')} value={values.password} onChange={set('password')} />
        </Group>
        <Button type="submit" loading={pending}>
          {t('sync.join.submit')}
        </Button>
      </Stack>
    </form>
  );
}
