import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { atSecond, BackupChoice, backupKey } from './BackupChoice';

/**
 * Shown instead of crashing when the data file is damaged, not a database, or missing beside files that may hold the
 * desk's data. The clerk picks which backup to restore (newest first, the newest readable one chosen already).
 */
export function RecoveryScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const listed = useApiQuery('app:recoveryBackups', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const backups = listed.data?.backups ?? [];
  const timeZone = listed.data?.timeZone ?? 'Asia/Shanghai';
  const selected = backups.find((b) => backupKey(b) === chosen) ?? backups.find((b) => b.readable) ?? null;
  const restore = async () => {
    if (!selected) return;
    setBusy(true);
    try {
      await invoke('app:restoreBackup', { name: selected.name, folder: selected.folder });
      // The list only answers in recovery: it is not asked again once the desk is back.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'app:recoveryBackups' });
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center mih="100vh" py="md">
      <Paper withBorder p="xl" w={860}>
        <Stack>
          <Title order={3}>{t('recovery.title')}</Title>
          <Alert color="red">{t(status.reasonKey ?? 'recovery.corrupt')}</Alert>
          <Text size="sm">{t('recovery.file', { file: status.databaseFile })}</Text>
          {status.found && status.found.length > 0 && (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('recovery.found')}
              </Text>
              {status.found.map((name) => (
                <Text key={name} size="sm" ff="monospace">
                  {name}
                </Text>
              ))}
            </Stack>
          )}
          {listed.isSuccess && backups.length === 0 && <Alert color="yellow">{t('recovery.noBackup')}</Alert>}
          {backups.length > 0 && (
            <>
              <BackupChoice
                backups={backups}
                chosen={selected ? backupKey(selected) : null}
                onChoose={setChosen}
                timeZone={timeZone}
              />
              {selected && (
                <Text size="sm" fw={600}>
                  {t('recovery.chosen', { time: atSecond(selected.at, timeZone) })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('recovery.keptNote')}
              </Text>
              <Button onClick={restore} loading={busy} disabled={!selected}>
                {t('recovery.restoreChosen')}
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
