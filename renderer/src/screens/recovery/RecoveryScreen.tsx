import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { showApiError } from '../../lib/apiErrors';
import { formatDateTime } from '../../lib/time';

/** Shown instead of crashing when the data file is damaged or not a database. */
export function RecoveryScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      await invoke('app:restoreNewestBackup', {});
      await queryClient.invalidateQueries();
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center h="100vh">
      <Paper withBorder p="xl" w={560}>
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
          {status.newestBackup ? (
            <>
              <Text size="sm">
                {t('recovery.newest', {
                  file: status.newestBackup.file,
                  time: formatDateTime(status.newestBackup.at, 'Asia/Shanghai'),
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('recovery.keptNote')}
              </Text>
              <Button onClick={restore} loading={busy}>
                {t('recovery.restore')}
              </Button>
            </>
          ) : (
            <Alert color="yellow">{t('recovery.noBackup')}</Alert>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
