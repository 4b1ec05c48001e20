import { Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExportModule, exportModuleValues } from '../../../../shared/contract/backup-export';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { StoredValuesForm } from './StoredValuesForm';
import { useSaveWithNotice, useStoredValues } from './storedForm';

/** Settings → 备份 → 数据导出: every record of a range of site days as one .xlsx per module (supervisor and up). */
export function ExportPanel({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const run = useApiMutation('backup:exportRange', ['backup:']);
  const today = dayjs().tz(timeZone);
  const initialValues: { from: string; to: string; modules: ExportModule[] } = {
    from: today.startOf('month').format('YYYY-MM-DD'),
    to: today.format('YYYY-MM-DD'),
    modules: [...exportModuleValues],
  };
  const { form } = useContractForm('backup:exportRange', { initialValues });
  const submit = form.onSubmit((values) =>
    run.mutate(values, {
      onSuccess: (r) => notifications.show({ color: 'green', message: t('dataExport.done', { folder: r.folder }) }),
      onError: (e) => showApiError(e, form),
    }),
  );
  const result = run.data;
  return (
    <Stack gap="xs">
      <Title order={6}>{t('dataExport.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('dataExport.hint')}
      </Text>
      <ExportFolderForm />
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Group align="flex-start">
            <TextInput w={140} label={t('dataExport.from')} {...field(form, 'from')} />
            <TextInput w={140} label={t('dataExport.to')} {...field(form, 'to')} />
          </Group>
          <Checkbox.Group label={t('dataExport.modules')} {...field(form, 'modules')}>
            <Group gap="md" mt={4}>
              {exportModuleValues.map((m) => (
                <Checkbox key={m} value={m} label={t(`dataExport.moduleNames.${m}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={run.isPending}>
              {t('dataExport.run')}
            </Button>
          </Group>
        </Stack>
      </form>
      {result && (
        <Stack gap={4} aria-label={t('dataExport.resultTitle', { folder: result.folder })}>
          <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
            {t('dataExport.resultTitle', { folder: result.folder })}
          </Text>
          <Table striped fz="sm" maw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dataExport.file')}</Table.Th>
                <Table.Th ta="right">{t('dataExport.rows')}</Table.Th>
                <Table.Th ta="right">{t('dataExport.size')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.files.map((f) => (
                <Table.Tr key={f.name}>
                  <Table.Td>{f.name}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {f.rows.toLocaleString('zh-CN')}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {(f.bytes / 1024).toFixed(1)} KB
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

function ExportFolderForm() {
  const { t } = useTranslation();
  const current = useApiQuery('backup:exportSettings', {});
  const save = useApiMutation('backup:saveExportSettings', ['backup:']);
  const { form } = useContractForm('backup:saveExportSettings', {
    initialValues: { folder: '' },
  });
  const stored = useMemo(() => (current.data ? { folder: current.data.folder } : undefined), [current.data]);
  const loaded = useStoredValues(form, stored);
  const { submit, refusal } = useSaveWithNotice(save, form);
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <FormRefusal message={refusal} />
      <Group align="flex-end">
        <TextInput
          style={{ flex: 1 }}
          label={t('dataExport.folder')}
          description={t('dataExport.folderHint', { folder: current.data?.effectiveFolder ?? '' })}
          {...field(form, 'folder')}
        />
        <Button type="submit" variant="light" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </StoredValuesForm>
  );
}
