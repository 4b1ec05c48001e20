import {
  Button,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../../shared/contract/backup';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { formatDateTime } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';
import { ExportPanel } from './ExportPanel';
import { StoredValuesForm } from './StoredValuesForm';
import { useSaveWithNotice, useStoredValues } from './storedForm';

/** Backup folder and rotation, a manual backup, and restoring a chosen copy (supervisor, with PIN and reason). */
export function BackupPanel({ canEdit, timeZone }: { canEdit: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const list = useApiQuery('backup:list', {}, { enabled: canEdit });
  const run = useApiMutation('backup:run', ['backup:']);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  return (
    <Stack gap="sm" maw={900}>
      <BackupSettingsForm canEdit={canEdit} />
      <Group>
        <Button
          loading={run.isPending}
          onClick={() =>
            run.mutate(
              {},
              {
                onSuccess: (r) => notifications.show({ color: 'green', message: t('backup.done', { name: r.name }) }),
                onError: (e) => showApiError(e),
              },
            )
          }
        >
          {t('backup.runNow')}
        </Button>
      </Group>
      {canEdit && <ExportPanel timeZone={timeZone} />}
      {canEdit && (
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.at')}</Table.Th>
              <Table.Th>{t('backup.kind')}</Table.Th>
              <Table.Th>{t('backup.file')}</Table.Th>
              <Table.Th ta="right">{t('backup.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((f) => (
              <Table.Tr key={f.file}>
                <Table.Td>{formatDateTime(f.at, timeZone)}</Table.Td>
                <Table.Td>{t(labelKey('core', 'backupKind', f.kind))}</Table.Td>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td ta="right">{(f.bytes / 1024 / 1024).toFixed(1)} MB</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRestoring(f)}>
                    {t('backup.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {restoring && <RestoreForm backup={restoring} onClose={() => setRestoring(null)} />}
    </Stack>
  );
}

function BackupSettingsForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const current = useApiQuery('backup:settings', {});
  const save = useApiMutation('backup:saveSettings', ['backup:']);
  const { form } = useContractForm('backup:saveSettings', {
    initialValues: { folder: '', keepDaily: 14, keepMonthly: 12 },
  });
  const stored = useMemo(() => {
    if (!current.data) return undefined;
    const { effectiveFolder: _folder, ...values } = current.data;
    return values;
  }, [current.data]);
  const loaded = useStoredValues(form, stored);
  const { submit, refusal } = useSaveWithNotice(save, form);
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <Stack gap="xs">
        <Title order={6}>{t('backup.title')}</Title>
        <FormRefusal message={refusal} />
        <TextInput
          label={t('backup.folder')}
          description={t('backup.folderHint', { folder: current.data?.effectiveFolder ?? '' })}
          disabled={!canEdit}
          {...field(form, 'folder')}
        />
        <Group grow>
          <NumberInput
            label={t('backup.keepDaily')}
            disabled={!canEdit}
            allowDecimal={false}
            {...field(form, 'keepDaily')}
          />
          <NumberInput
            label={t('backup.keepMonthly')}
            disabled={!canEdit}
            allowDecimal={false}
            {...field(form, 'keepMonthly')}
          />
        </Group>
        {canEdit && (
          <Group>
            <Button type="submit" variant="light" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </StoredValuesForm>
  );
}

function RestoreForm({ backup, onClose }: { backup: BackupFile; onClose(): void }) {
  const { t } = useTranslation();
  const clerks = useApiQuery('clerks:list', { includeInactive: false });
  const restore = useApiMutation('backup:restore');
  const { form } = useContractForm('backup:restore', {
    initialValues: { name: backup.name, approverId: '', pin: '', reason: '' },
  });
  const submit = form.onSubmit((values) =>
    restore.mutate(values, {
      onSuccess: () => window.location.reload(),
      onError: (e) => showApiError(e, form),
    }),
  );
  const approvers = (clerks.data ?? [])
    .filter((c) => c.role === 'supervisor' || c.role === 'manager')
    .map((c) => ({ value: c.id, label: `${c.employeeNo} ${c.name}` }));
  return (
    <FormModal opened dirty={form.isDirty()} onClose={onClose} title={t('backup.restoreTitle')}>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Text size="sm" c="red">
            {t('backup.restoreWarning', { name: backup.name })}
          </Text>
          <Textarea label={t('backup.reason')} data-autofocus {...field(form, 'reason')} />
          <Select label={t('backup.approver')} data={approvers} {...field(form, 'approverId')} />
          <PasswordInput label={t('login.pin')} autoComplete="off" {...field(form, 'pin')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={restore.isPending}>
              {t('backup.restore')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
