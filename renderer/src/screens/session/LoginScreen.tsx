import { Alert, Button, Center, Loader, Paper, PasswordInput, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { isCopiedTab } from '../../api/transport';
import { labelKey } from '../../app/labels';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { formatTime } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';
import { JoinDesk } from './JoinDesk';

export function LoginScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A new PC with no data joins a desk here; once joined, the clerks arrive from the site server: asked again
  // every second until they are here.
  const clerkCount = useRef(0);
  const awaiting = (joined: boolean | undefined) => (joined && clerkCount.current === 0 ? 1000 : false);
  const join = useApiQuery('sync:joinState', {}, { refetchInterval: (q) => awaiting(q.state.data?.joined) });
  const clerks = useApiQuery('session:loginClerks', {}, { refetchInterval: () => awaiting(join.data?.joined) });
  clerkCount.current = clerks.data?.length ?? 0;
  const { form } = useContractForm('session:login', {
    initialValues: { clerkId: '', pin: '' },
  });
  const submit = form.onSubmit(async (values) => {
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
  // The form waits for the clerk list: typed before it arrived, "K001" matched nothing, so no option was highlighted
  // and Enter sent the form without a clerk (seen in CI as a login that never happened).
  if (clerks.isPending)
    return (
      <Center h="100vh" bg="var(--mantine-color-body)">
        <Loader aria-label={t('common.loading')} />
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
        {join.data && (join.data.canJoin || (join.data.joined && options.length === 0)) && (
          <Paper withBorder p="sm" mt="md">
            <JoinDesk state={join.data} />
          </Paper>
        )}
      </Paper>
    </Center>
  );
}
