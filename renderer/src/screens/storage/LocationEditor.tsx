import { Button, Checkbox, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationInput, StorageLocationView } from '../../../../shared/contract/storage';
import { locationInput } from '../../../../shared/contract/storage';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useStaleEdit } from '../../lib/staleEdit';

type Values = Required<Omit<LocationInput, 'id' | 'version'>>;
const blank: Values = { code: '', kind: 'shelf', shared: false, active: true, note: '' };

/** The supervisor's list of shelves and lockers; retired ones stay (slips point at them), marked inactive. */
export function LocationEditor() {
  const { t } = useTranslation();
  const locations = useApiQuery('storage:locations', { includeInactive: true });
  const [editing, setEditing] = useState<StorageLocationView | 'new' | null>(null);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>{t('storage.tabs.admin')}</Title>
        <Button size="xs" onClick={() => setEditing('new')}>
          {t('storage.locations.add')}
        </Button>
      </Group>
      <Table fz="sm" verticalSpacing={3} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('storage.locations.code')}</Table.Th>
            <Table.Th>{t('storage.locations.kind')}</Table.Th>
            <Table.Th>{t('storage.locations.shared')}</Table.Th>
            <Table.Th>{t('storage.locations.active')}</Table.Th>
            <Table.Th>{t('storage.locations.holds')}</Table.Th>
            <Table.Th>{t('storage.locations.note')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(locations.data ?? []).map((l) => (
            <Table.Tr key={l.id} c={l.active ? undefined : 'dimmed'}>
              <Table.Td fw={600}>{l.code}</Table.Td>
              <Table.Td>{t(labelKey('storage', 'locationKind', l.kind))}</Table.Td>
              <Table.Td>{l.shared ? '✓' : ''}</Table.Td>
              <Table.Td>{l.active ? '✓' : ''}</Table.Td>
              <Table.Td>{l.openSlips}</Table.Td>
              <Table.Td>{l.note}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing(l)}>
                  {t('storage.locations.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <LocationForm location={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function LocationForm({ location, onClose }: { location: StorageLocationView | 'new'; onClose(): void }) {
  const { t } = useTranslation();
  const save = useApiMutation('storage:saveLocation', ['storage:', 'audit:']);
  const valuesOf = (l: StorageLocationView): Values => ({
    code: l.code,
    kind: l.kind,
    shared: l.shared,
    active: l.active,
    note: l.note,
  });
  const form = useForm<Values>({
    initialValues: location === 'new' ? blank : valuesOf(location),
  });
  // Changed by another supervisor since the form opened: the refusal says who and what, the form shows it as it is.
  const stale = useStaleEdit(location === 'new' ? null : location, {
    module: 'storage',
    reload: (id) =>
      invoke('storage:locations', { includeInactive: true }).then((all) => {
        const current = all.find((l) => l.id === id);
        if (!current) throw new Error('location gone');
        return current;
      }),
    onReloaded: (current) => form.setValues(valuesOf(current)),
  });
  const submit = () => {
    const record = stale.record;
    const parsed = locationInput.safeParse({
      ...form.getValues(),
      id: record?.id ?? null,
      version: record?.version ?? null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        form.setFieldError(issue.path.join('.'), translateMessage(issue.message));
      return;
    }
    stale.setRefusal(null);
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('storage.locations.saved', { code: saved.code }) });
        onClose();
      },
      onError: (e) => {
        if (!stale.handled(e)) showApiError(e, form, stale.setRefusal);
      },
    });
  };
  const title =
    location === 'new' ? t('storage.locations.addTitle') : t('storage.locations.editTitle', { code: location.code });
  return (
    <FormModal opened title={title} dirty={form.isDirty()} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <FormRefusal message={stale.refusal} />
          <Group grow align="flex-start">
            <TextInput label={t('storage.locations.code')} data-autofocus {...field(form, 'code')} />
            <NativeSelect
              label={t('storage.locations.kind')}
              data={(['shelf', 'locker'] as const).map((k) => ({
                value: k,
                label: t(labelKey('storage', 'locationKind', k)),
              }))}
              {...field(form, 'kind')}
            />
          </Group>
          <TextInput label={t('storage.locations.note')} {...field(form, 'note')} />
          <Group>
            <Checkbox label={t('storage.locations.shared')} {...field(form, 'shared', 'checkbox')} />
            <Checkbox label={t('storage.locations.active')} {...field(form, 'active', 'checkbox')} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('storage.locations.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
