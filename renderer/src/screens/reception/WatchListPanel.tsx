import { Button, Group, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdDocumentType } from '../../../../shared/contract/id-documents';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { IdTypeSelect } from '../../components/IdTypeSelect';
import { StatusBadge } from '../../components/StatusBadge';
import { showApiError } from '../../lib/apiErrors';
import { maskPhone } from '../../lib/format';
import { field } from '../../lib/formFields';
import { formatDateTime } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';

const empty = { name: '', phone: '', idType: 'resident_id' as IdDocumentType | null, idNumber: '', reason: '' };

/** Supervisors keep the watch list here; an ID number is stored only masked and keyed-hashed, like on visits. */
export function WatchListPanel({ timeZone, height }: { timeZone: string; height: number }) {
  const { t } = useTranslation();
  const entries = useApiQuery('reception:watchList', {});
  const add = useApiMutation('reception:addWatch', ['reception:watchList']);
  const update = useApiMutation('reception:updateWatch', ['reception:watchList']);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { form } = useContractForm('reception:addWatch', { initialValues: empty });
  const submit = form.onSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('common.saved') });
        form.setValues(empty);
        form.resetDirty(empty);
      },
      onError: (e) => showApiError(e, form),
    }),
  );
  const rows = entries.data ?? [];
  return (
    <Stack gap="xs">
      <FormRefusal message={refusal} />
      <form onSubmit={submit}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput size="xs" label={t('reception.watch.name')} w={120} {...field(form, 'name')} />
          <TextInput size="xs" label={t('reception.watch.phone')} w={140} {...field(form, 'phone')} />
          <IdTypeSelect size="xs" label={t('reception.watch.idType')} w={150} {...field(form, 'idType')} />
          <TextInput size="xs" label={t('reception.watch.idNumber')} w={190} {...field(form, 'idNumber')} />
          <TextInput size="xs" label={t('reception.watch.reason')} style={{ flex: 1 }} {...field(form, 'reason')} />
          <Button size="xs" type="submit" mt={22} loading={add.isPending}>
            {t('reception.watch.add')}
          </Button>
        </Group>
      </form>
      <ScrollArea h={height - 70}>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reception.watch.empty')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={2} aria-label={t('reception.watch.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reception.watch.name')}</Table.Th>
                <Table.Th>{t('reception.watch.phone')}</Table.Th>
                <Table.Th>{t('reception.watch.id')}</Table.Th>
                <Table.Th>{t('reception.watch.reason')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td>{w.name}</Table.Td>
                  <Table.Td>{maskPhone(w.phone)}</Table.Td>
                  <Table.Td>{w.idMasked}</Table.Td>
                  <Table.Td>{w.reason}</Table.Td>
                  <Table.Td title={formatDateTime(w.createdAt, timeZone)}>
                    <StatusBadge
                      status={w.active ? 'open' : 'done'}
                      label={t(w.active ? 'common.active' : 'common.inactive')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() =>
                        update.mutate(
                          { id: w.id, version: w.version, active: !w.active, reason: w.reason },
                          // Changed by another supervisor since: said above the list, which shows it as it is now.
                          { onSuccess: () => setRefusal(null), onError: (e) => showApiError(e, undefined, setRefusal) },
                        )
                      }
                    >
                      {t(w.active ? 'reception.watch.deactivate' : 'reception.watch.activate')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ScrollArea>
    </Stack>
  );
}
