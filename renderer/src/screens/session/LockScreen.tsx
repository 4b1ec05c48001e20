import { Button, Modal, PasswordInput, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { formatDateTime } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';

/** Covers the desk while the shift stays open; the same clerk unlocks, or another takes over with their PIN. */
export function LockScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const clerks = useApiQuery('session:loginClerks', {});
  const { form } = useContractForm('session:unlock', {
    initialValues: { clerkId: session.clerk.id, pin: '' },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await invoke('session:unlock', values);
      await queryClient.invalidateQueries();
    } catch (error) {
      form.setFieldValue('pin', '');
      showApiError(error, form);
    }
  });
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      fullScreen
      overlayProps={{ backgroundOpacity: 1 }}
    >
      <form onSubmit={submit} style={{ maxWidth: 420, margin: '10vh auto 0' }}>
        <Stack>
          <Title order={2}>{t('lock.title')}</Title>
          <Text size="sm">{t('lock.hint')}</Text>
          <Text size="sm" c="dimmed">
            {t('lock.shiftOf', {
              name: session.shift.openedByName,
              counter: session.counter.name,
              time: formatDateTime(session.shift.openedAt, session.site.timeZone),
            })}
          </Text>
          <Select
            label={t('lock.clerk')}
            data={(clerks.data ?? []).map((c) => ({ value: c.id, label: `${c.employeeNo} ${c.name}` }))}
            searchable
            {...field(form, 'clerkId')}
          />
          <PasswordInput
            label={t('login.pin')}
            autoFocus
            inputMode="numeric"
            autoComplete="off"
            {...field(form, 'pin')}
          />
          <Button type="submit">{t('lock.unlock')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
