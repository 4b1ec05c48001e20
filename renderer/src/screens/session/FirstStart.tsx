import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { refusalText, showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { JoinForm } from './JoinDesk';

type Way = 'choose' | 'join' | 'new';

/**
 * The first start of a PC with no data (browser mode and Electron alike): a demo desk to try the app, joining an
 * existing desk of the site, or a new empty desk of its own. Keyboard first: the first choice has the focus, Tab
 * moves between them, Enter takes one; 返回 goes back to the choice.
 */
export function FirstStart() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [way, setWay] = useState<Way>('choose');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const back = (
    <Button variant="subtle" size="xs" onClick={() => setWay('choose')}>
      {t('sync.firstStart.back')}
    </Button>
  );
  if (way === 'join')
    return (
      <Stack gap="xs">
        <JoinForm />
        <Group>{back}</Group>
      </Stack>
    );
  if (way === 'new')
    return (
      <Stack gap="xs">
        <NewDeskForm />
        <Group>{back}</Group>
      </Stack>
    );
  const startDemo = () => {
    setRefusal(null);
    setPending(true);
    invoke('sync:startDemo', {})
      .then(() => queryClient.invalidateQueries())
      .catch((error) => setRefusal(refusalText(error)))
      .finally(() => setPending(false));
  };
  const choice = (label: string, hint: string, onClick: () => void, autoFocus = false) => (
    <Stack gap={2}>
      <Button variant="light" justify="flex-start" onClick={onClick} loading={pending} autoFocus={autoFocus}>
        {label}
      </Button>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
  return (
    <Stack gap="sm" role="group" aria-label={t('sync.firstStart.title')}>
      <Title order={4}>{t('sync.firstStart.title')}</Title>
      <Text size="sm">{t('sync.firstStart.intro')}</Text>
      {refusal && (
        <Alert color="red" role="alert" p="xs">
          {refusal}
        </Alert>
      )}
      {choice(t('sync.firstStart.demo'), t('sync.firstStart.demoHint'), startDemo, true)}
      {choice(t('sync.firstStart.join'), t('sync.firstStart.joinHint'), () => setWay('join'))}
      {choice(t('sync.firstStart.new'), t('sync.firstStart.newHint'), () => setWay('new'))}
    </Stack>
  );
}

/** The site, this counter and its first supervisor; bad values are refused at their field, nothing is written. */
function NewDeskForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form } = useContractForm('sync:startNew', {
    initialValues: {
      siteName: '',
      siteCode: '',
      counterName: t('sync.firstStart.counterDefault'),
      supervisorName: '',
      employeeNo: '',
      pin: '',
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await invoke('sync:startNew', values);
      await queryClient.invalidateQueries();
    } catch (error) {
      showApiError(error, form);
    }
  });
  return (
    <form onSubmit={submit} aria-label={t('sync.firstStart.new')}>
      <Stack gap="xs">
        <Title order={5}>{t('sync.firstStart.new')}</Title>
        <TextInput label={t('sync.firstStart.siteName')} autoFocus {...field(form, 'siteName')} />
        <TextInput label={t('sync.firstStart.siteCode')} {...field(form, 'siteCode')} />
        <TextInput label={t('sync.firstStart.counterName')} {...field(form, 'counterName')} />
        <Group grow>
          <TextInput label={t('sync.firstStart.supervisorName')} {...field(form, 'supervisorName')} />
          <TextInput label={t('sync.firstStart.employeeNo')} {...field(form, 'employeeNo')} />
        </Group>
        <PasswordInput
          label={t('sync.firstStart.pin')}
          inputMode="numeric"
          autoComplete="off"
          {...field(form, 'pin')}
        />
        <Button type="submit" loading={form.submitting}>
          {t('sync.firstStart.create')}
        </Button>
      </Stack>
    </form>
  );
}
