import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { refusalText, showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { StoredValuesForm } from '../settings/StoredValuesForm';
import { useStoredValues } from '../settings/storedForm';

/**
 * Settings → 总部连接: where head office's PostgreSQL is, for the 总部报表 screen. A supervisor's setting; the
 * password is typed, never shown back (an empty field keeps the saved one). 测试连接 tries the values typed.
 */
export function HqConnectionPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  if (!canEdit) return <Text size="sm">{t('hq.connection.supervisorOnly')}</Text>;
  return <HqConnectionForm />;
}

function HqConnectionForm() {
  const { t } = useTranslation();
  const view = useApiQuery('hq:connection', {});
  const save = useApiMutation('hq:saveConnection', ['hq:']);
  const [test, setTest] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { form, input } = useContractForm('hq:saveConnection', {
    initialValues: { host: '', port: 5432, database: '', user: '', password: '', tls: false },
  });
  const stored = useMemo(() => {
    const v = view.data;
    if (!v) return undefined;
    return { host: v.host, port: v.port, database: v.database, user: v.user, password: '', tls: v.tls };
  }, [view.data]);
  const loaded = useStoredValues(form, stored);
  const data = view.data;

  const runTest = () => {
    const values = input();
    if (!values) return;
    setTest(null);
    setTesting(true);
    invoke('hq:testConnection', values)
      .then((r) => setTest({ ok: true, text: t('hq.connection.tested', { sites: r.sites }) }))
      .catch((e) => setTest({ ok: false, text: refusalText(e) }))
      .finally(() => setTesting(false));
  };
  const submit = form.onSubmit((values) => {
    setRefusal(null);
    save.mutate(values, {
      onSuccess: () => {
        form.setFieldValue('password', '');
        notifications.show({ color: 'green', message: t('hq.connection.saved') });
      },
      onError: (e) => showApiError(e, form, setRefusal),
    });
  });

  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <Stack maw={640} gap="xs">
        <Title order={5}>{t('hq.connection.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('hq.connection.intro')}
        </Text>
        <Text size="sm" aria-label={t('hq.connection.title')}>
          {data?.configured
            ? t('hq.connection.current', {
                user: data.user,
                host: data.host,
                port: data.port,
                database: data.database,
                password: data.passwordSaved ? '••••••' : t('hq.connection.passwordMissing'),
              })
            : t('hq.connection.none')}
        </Text>
        <FormRefusal message={refusal} />
        <Group align="flex-start" wrap="wrap">
          <TextInput label={t('hq.connection.host')} w={220} data-autofocus {...field(form, 'host')} />
          <NumberInput
            label={t('hq.connection.port')}
            w={100}
            min={1}
            max={65535}
            allowDecimal={false}
            {...field(form, 'port')}
          />
          <TextInput label={t('hq.connection.database')} w={160} {...field(form, 'database')} />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput label={t('hq.connection.user')} w={160} {...field(form, 'user')} />
          <PasswordInput
            label={t('hq.connection.password')}
            placeholder={data?.passwordSaved ? t('hq.connection.passwordKeep') : undefined}
            autoComplete="new-password"
            w={220}
            {...field(form, 'password')}
          />
        </Group>
        <Checkbox label={t('hq.connection.tls')} {...field(form, 'tls', 'checkbox')} />
        {test && (
          <Alert color={test.ok ? 'green' : 'red'} variant="light" role={test.ok ? 'status' : 'alert'} p="xs">
            {test.text}
          </Alert>
        )}
        <Group>
          <Button variant="default" onClick={runTest} loading={testing}>
            {t('hq.connection.test')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('hq.connection.save')}
          </Button>
        </Group>
      </Stack>
    </StoredValuesForm>
  );
}
