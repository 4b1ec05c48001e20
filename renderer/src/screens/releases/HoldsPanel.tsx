import { Button, Checkbox, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ReleaseUnitHoldView } from '../../../../shared/contract/releases';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';

/** The units a supervisor has noted (move-out procedures not settled); a pass for one of them shows the note. */
export function HoldsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const holds = useApiQuery('releases:holds', {});
  return (
    <Stack gap="sm">
      <Title order={5}>{t('releases.holds.title')}</Title>
      <Text size="sm" c="dimmed">
        {canEdit ? t('releases.holds.hint') : t('releases.holds.readOnly')}
      </Text>
      <Table fz="sm" verticalSpacing={3} aria-label={t('releases.holds.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('releases.holds.unit')}</Table.Th>
            <Table.Th>{t('releases.holds.note')}</Table.Th>
            <Table.Th>{t('releases.holds.active')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(holds.data ?? []).map((hold) => (
            <HoldRow key={hold.id} hold={hold} canEdit={canEdit} />
          ))}
          {canEdit && <HoldRow hold={null} canEdit />}
        </Table.Tbody>
      </Table>
      {!canEdit && (holds.data ?? []).length === 0 && (
        <Text size="sm" c="dimmed">
          {t('releases.holds.empty')}
        </Text>
      )}
    </Stack>
  );
}

function HoldRow({ hold, canEdit }: { hold: ReleaseUnitHoldView | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useApiMutation('releases:saveHold', ['releases:', 'audit:']);
  const blank = { id: null, version: null, unit: '', note: '', active: true };
  const { form, input } = useContractForm('releases:saveHold', {
    initialValues: hold
      ? { id: hold.id, version: hold.version, unit: hold.unit, note: hold.note, active: hold.active }
      : blank,
  });
  const submit = () => {
    const ok = input();
    if (!ok) return;
    save.mutate(ok, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('releases.holds.saved') });
        // The next edit of this row is based on the version just saved, not the one the row opened with.
        if (hold) form.setFieldValue('version', saved.version);
        else form.reset();
      },
      onError: (e) => showApiError(e, form),
    });
  };
  const label = hold?.unit ?? t('releases.holds.add');
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`${label} ${t('releases.holds.unit')}`}
          disabled={!canEdit}
          {...field(form, 'unit')}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`${label} ${t('releases.holds.note')}`}
          disabled={!canEdit}
          {...field(form, 'note')}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={`${label} ${t('releases.holds.active')}`}
          disabled={!canEdit}
          {...field(form, 'active', 'checkbox')}
        />
      </Table.Td>
      <Table.Td>
        {canEdit && (
          <Button size="xs" variant="light" onClick={submit} loading={save.isPending}>
            {hold ? t('releases.holds.save') : t('releases.holds.add')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
