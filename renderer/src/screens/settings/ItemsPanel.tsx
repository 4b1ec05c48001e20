import { Badge, Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListKind, NamedItem } from '../../../../shared/contract/settings';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { isStale, showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';

/** Counters, departments and shops: the same list-and-form, with the extra columns shops and departments have. */
export function ItemsPanel({ kind, canEdit }: { kind: ListKind; canEdit: boolean }) {
  const { t } = useTranslation();
  const items = useApiQuery('settings:list', { kind, includeInactive: true });
  const [editing, setEditing] = useState<NamedItem | 'new' | null>(null);
  const kindName = t(`settings.items.${kind}`);
  const rows = items.data ?? [];
  return (
    <Stack gap="xs">
      {kind === 'shops' && (
        <Text size="sm" c="dimmed">
          {t('settings.items.shopsDirectory')}
        </Text>
      )}
      {canEdit && (
        <Group>
          <Button size="xs" onClick={() => setEditing('new')}>
            {t('common.add')}
          </Button>
        </Group>
      )}
      {rows.length === 0 && !items.isPending ? (
        <Text c="dimmed">{t('settings.items.emptyHint', { kind: kindName })}</Text>
      ) : (
        <Table striped highlightOnHover maw={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.name')}</Table.Th>
              {kind === 'shops' && <Table.Th>{t('settings.items.unitNo')}</Table.Th>}
              {kind === 'shops' && <Table.Th>{t('settings.items.floor')}</Table.Th>}
              {kind !== 'counters' && <Table.Th>{t('common.phone')}</Table.Th>}
              <Table.Th>{t('common.status')}</Table.Th>
              {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.name}</Table.Td>
                {kind === 'shops' && <Table.Td>{item.unitNo}</Table.Td>}
                {kind === 'shops' && <Table.Td>{item.floor}</Table.Td>}
                {kind !== 'counters' && <Table.Td>{item.phone}</Table.Td>}
                <Table.Td>
                  <Badge color={item.active ? 'blue' : 'gray'} variant="light">
                    {item.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(item)}>
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <ItemForm kind={kind} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function ItemForm({ kind, item, onClose }: { kind: ListKind; item: NamedItem | null; onClose(): void }) {
  const { t } = useTranslation();
  const add = useApiMutation('settings:addItem', ['settings:', 'directory:']);
  const update = useApiMutation('settings:updateItem', ['settings:', 'directory:']);
  const { form } = useContractForm('settings:addItem', {
    initialValues: {
      kind,
      name: item?.name ?? '',
      unitNo: item?.unitNo ?? '',
      floor: item?.floor ?? '',
      phone: item?.phone ?? '',
      active: item?.active ?? true,
    },
  });
  // A refusal no field shows (another supervisor changed the entry since): in the form.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [version, setVersion] = useState(item?.version ?? 1);
  const done = () => {
    notifications.show({ color: 'green', message: t('common.saved') });
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const { active, ...rest } = values;
    if (item)
      update.mutate(
        { ...rest, id: item.id, version, active },
        {
          onSuccess: done,
          onError: (e) => {
            showApiError(e, form, setRefusal);
            // Changed by someone else since: the form shows the entry as it is now, and a save is based on it.
            if (isStale(e))
              void invoke('settings:list', { kind, includeInactive: true }).then((all) => {
                const current = all.find((i) => i.id === item.id);
                if (!current) return;
                setVersion(current.version);
                form.setValues({
                  name: current.name,
                  unitNo: current.unitNo ?? '',
                  floor: current.floor ?? '',
                  phone: current.phone ?? '',
                  active: current.active,
                });
              });
          },
        },
      );
    else add.mutate(rest, { onSuccess: done, onError: (e) => showApiError(e, form) });
  });
  const kindName = t(`settings.items.${kind}`);
  return (
    <FormModal
      opened
      dirty={form.isDirty()}
      onClose={onClose}
      title={t(item ? 'settings.items.editTitle' : 'settings.items.addTitle', { kind: kindName })}
    >
      <form onSubmit={submit}>
        <Stack gap="xs">
          <FormRefusal message={refusal} />
          <TextInput label={t('common.name')} data-autofocus {...field(form, 'name')} />
          {kind === 'shops' && <TextInput label={t('settings.items.unitNo')} {...field(form, 'unitNo')} />}
          {kind === 'shops' && <TextInput label={t('settings.items.floor')} {...field(form, 'floor')} />}
          {kind !== 'counters' && <TextInput label={t('common.phone')} {...field(form, 'phone')} />}
          {item && <Switch label={t('common.active')} {...field(form, 'active', 'checkbox')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
