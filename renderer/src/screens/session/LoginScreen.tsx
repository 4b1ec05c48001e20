import { Alert, Button, Center, Loader, Paper, PasswordInput, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { isCopiedTab } from '../../api/transport';
import { labelKey } from '../../app/labels';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { formatTime } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';
import { FirstStart } from './FirstStart';
import { JoinDesk } from './JoinDesk';

export function LoginScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A new PC with no data joins a desk here; once joined, the staff arrive from the site server one by one: the
  // list is asked again every second for as long as this screen shows on a PC of a site (stopping at the first
  // clerk left the list short of those still on their way, and their numbers matched nothing).
  const join = useApiQuery('sync:joinState', {}, { refetchInterval: (q) => (q.state.data?.joined ? 1000 : false) });
  const clerks = useApiQuery('session:loginClerks', {}, { refetchInterval: () => (join.data?.joined ? 1000 : false) });
  // What the clerk typed into the list: a number typed before its clerk arrived highlighted nothing, and the
  // arrival did not highlight it either, so the pick was lost. The clerk the typed text names is picked as they arrive.
  const [typed, setTyped] = useState('');
  const { form } = useContractForm('session:login', {
    initialValues: { clerkId: '', pin: '' },
  });
  const onSubmit = form.onSubmit(async (values) => {
    try {
      await invoke('session:login', values);
      await queryClient.invalidateQueries();
    } catch (error) {
      form.setFieldValue('pin', '');
      showApiError(error, form);
    }
  });
  // The same list between renders while its data is the same: a re-render while the clerk types (the join panel
  // polling) must not reset the option the typed number picked.
  const options = useMemo(
    () =>
      (clerks.data ?? []).map((c) => ({
        value: c.id,
        label: `${c.employeeNo} ${c.name}（${t(labelKey('core', 'role', c.role))}）${
          c.lockedUntil ? ` · ${t('login.lockedUntil', { time: formatTime(c.lockedUntil, 'Asia/Shanghai') })}` : ''
        }`,
      })),
    [clerks.data, t],
  );
  const pickTyped = () => {
    const named = form.getValues().clerkId === '' ? typedClerk(options, typed) : null;
    if (named) form.setFieldValue('clerkId', named);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the list changes, not on every key typed
  useEffect(pickTyped, [options]);
  const submit = (event?: React.FormEvent<HTMLFormElement>) => {
    pickTyped();
    onSubmit(event);
  };
  // The form waits for the clerk list: typed before it arrived, "K001" matched nothing, so no option was highlighted
  // and Enter sent the form without a clerk (seen in CI as a login that never happened).
  if (clerks.isPending)
    return (
      <Center h="100vh" bg="var(--mantine-color-body)">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  // A PC with no data at all: nobody to log in yet; it starts a demo desk, joins a desk or starts one of its own.
  if (join.data?.canJoin)
    return (
      <Center h="100vh" bg="var(--mantine-color-body)">
        <Paper withBorder shadow="sm" p="xl" w={460}>
          <FirstStart />
        </Paper>
      </Center>
    );
  return (
    <Center h="100vh" bg="var(--mantine-color-body)">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <form onSubmit={submit}>
          <Stack>
            <Title order={3}>{t('login.title')}</Title>
            {isCopiedTab() && <Alert color="blue">{t('login.copiedTab')}</Alert>}
            <Select
              label={t('login.clerk')}
              placeholder={t('login.clerkPlaceholder')}
              data={options}
              searchable
              autoFocus
              selectFirstOptionOnChange
              nothingFoundMessage={t('common.empty')}
              searchValue={typed}
              onSearchChange={setTyped}
              {...field(form, 'clerkId')}
            />
            <PasswordInput
              label={t('login.pin')}
              placeholder={t('login.pinPlaceholder')}
              inputMode="numeric"
              autoComplete="off"
              {...field(form, 'pin')}
            />
            <Button type="submit">{t('login.submit')}</Button>
            <Text size="xs" c="dimmed">
              {t('login.opensShift')}
            </Text>
          </Stack>
        </form>
        {join.data?.joined && options.length === 0 && (
          <Paper withBorder p="sm" mt="md">
            <JoinDesk state={join.data} />
          </Paper>
        )}
      </Paper>
    </Center>
  );
}

/** The one clerk whose line starts with what was typed (an employee number, or a name), or null. */
function typedClerk(options: { value: string; label: string }[], typed: string): string | null {
  const text = typed.trim().toLowerCase();
  if (!text) return null;
  const starting = options.filter((o) => o.label.toLowerCase().startsWith(text));
  const matching = starting.length > 0 ? starting : options.filter((o) => o.label.toLowerCase().includes(text));
  return matching.length === 1 ? (matching[0]?.value ?? null) : null;
}
