import { Badge, Button, Group, PasswordInput, Select, Stack, Switch, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClerkView } from '../../../../shared/contract/clerks';
import { roles } from '../../../../shared/contract/roles';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { isStale, showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { useContractForm } from '../../lib/useContractForm';

type Editing = { mode: 'new' } | { mode: 'edit'; clerk: ClerkView } | { mode: 'pin'; clerk: ClerkView } | null;

export function ClerksPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const clerks = useApiQuery('clerks:list', { includeInactive: true });
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <Stack gap="xs">
      {canEdit && (
        <Group>
          <Button size="xs" onClick={() => setEditing({ mode: 'new' })}>
            {t('common.add')}
          </Button>
        </Group>
      )}
      <Table striped highlightOnHover maw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.clerks.employeeNo')}</Table.Th>
            <Table.Th>{t('settings.clerks.name')}</Table.Th>
            <Table.Th>{t('settings.clerks.role')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(clerks.data ?? []).map((clerk) => (
            <Table.Tr key={clerk.id}>
              <Table.Td>{clerk.employeeNo}</Table.Td>
              <Table.Td>{clerk.name}</Table.Td>
              <Table.Td>{t(labelKey('core', 'role', clerk.role))}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={clerk.active ? 'blue' : 'gray'} variant="light">
                    {clerk.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                  {clerk.lockedUntil && clerk.lockedUntil > Date.now() && (
                    <Badge color="red" variant="light">
                      {t('settings.clerks.locked')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ mode: 'edit', clerk })}>
                    {t('common.edit')}
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ mode: 'pin', clerk })}>
                    {t('settings.clerks.resetPin')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing?.mode === 'new' && <NewClerkForm onClose={() => setEditing(null)} />}
      {editing?.mode === 'edit' && <EditClerkForm clerk={editing.clerk} onClose={() => setEditing(null)} />}
      {editing?.mode === 'pin' && <ResetPinForm clerk={editing.clerk} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function useRoleOptions() {
  const { t } = useTranslation();
  return roles.map((r) => ({ value: r, label: t(labelKey('core', 'role', r)) }));
}

function NewClerkForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const add = useApiMutation('clerks:add', ['clerks:', 'session:loginClerks']);
  const { form } = useContractForm('clerks:add', {
    initialValues: { name: '', employeeNo: '', role: 'clerk' as const, pin: '' },
  });
  // Re-sent after a lost answer, the same clerk is not added twice (and not refused as a taken number).
  const submission = useSubmission();
  const submit = form.onSubmit((values) =>
    add.mutate(
      submission.keyed(values),
      submission.callbacks(
        () => {
          notifications.show({ color: 'green', message: t('common.saved') });
          onClose();
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    ),
  );
  return (
    <FormModal opened dirty={form.isDirty()} onClose={onClose} title={t('settings.clerks.addTitle')}>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <FormRefusal message={submission.refusal} />
          <TextInput label={t('settings.clerks.employeeNo')} data-autofocus {...field(form, 'employeeNo')} />
          <TextInput label={t('settings.clerks.name')} {...field(form, 'name')} />
          <Select
            label={t('settings.clerks.role')}
            data={useRoleOptions()}
            allowDeselect={false}
            {...field(form, 'role')}
          />
          <PasswordInput label={t('settings.clerks.pin')} autoComplete="off" {...field(form, 'pin')} />
          <FormButtons onClose={onClose} busy={add.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}

function EditClerkForm({ clerk, onClose }: { clerk: ClerkView; onClose(): void }) {
  const { t } = useTranslation();
  const update = useApiMutation('clerks:update', ['clerks:', 'session:']);
  const { form } = useContractForm('clerks:update', {
    initialValues: { id: clerk.id, version: clerk.version, name: clerk.name, role: clerk.role, active: clerk.active },
  });
  // A refusal no field shows (another supervisor changed this clerk since): in the form.
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = form.onSubmit((values) =>
    update.mutate(values, {
      onSuccess: onClose,
      onError: (e) => {
        showApiError(e, form, setRefusal);
        // Changed by another supervisor since: the form shows the clerk as they are now, and a save is based on it.
        if (isStale(e))
          void invoke('clerks:list', { includeInactive: true }).then((all) => {
            const current = all.find((c) => c.id === clerk.id);
            if (current)
              form.setValues({
                version: current.version,
                name: current.name,
                role: current.role,
                active: current.active,
              });
          });
      },
    }),
  );
  return (
    <FormModal opened dirty={form.isDirty()} onClose={onClose} title={t('settings.clerks.editTitle')}>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <FormRefusal message={refusal} />
          <TextInput label={t('settings.clerks.name')} data-autofocus {...field(form, 'name')} />
          <Select
            label={t('settings.clerks.role')}
            data={useRoleOptions()}
            allowDeselect={false}
            {...field(form, 'role')}
          />
          <Switch label={t('common.active')} {...field(form, 'active', 'checkbox')} />
          <FormButtons onClose={onClose} busy={update.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}

function ResetPinForm({ clerk, onClose }: { clerk: ClerkView; onClose(): void }) {
  const { t } = useTranslation();
  const reset = useApiMutation('clerks:resetPin', ['clerks:', 'session:loginClerks']);
  const { form } = useContractForm('clerks:resetPin', {
    initialValues: { id: clerk.id, pin: '' },
  });
  const submit = form.onSubmit((values) =>
    reset.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('common.saved') });
        onClose();
      },
      onError: (e) => showApiError(e, form),
    }),
  );
  return (
    <FormModal
      opened
      dirty={form.isDirty()}
      onClose={onClose}
      title={t('settings.clerks.resetTitle', { name: clerk.name })}
    >
      <form onSubmit={submit}>
        <Stack gap="xs">
          <PasswordInput
            label={t('settings.clerks.newPin')}
            data-autofocus
            autoComplete="off"
            {...field(form, 'pin')}
          />
          <FormButtons onClose={onClose} busy={reset.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}

function FormButtons({ onClose, busy }: { onClose(): void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
