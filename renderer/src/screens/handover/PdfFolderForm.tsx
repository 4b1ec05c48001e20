import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';

/** A supervisor's folder for the handover PDFs (a USB drive or network share); empty saves none. */
export function PdfFolderForm() {
  const { t } = useTranslation();
  const settings = useApiQuery('handover:settings', {});
  const save = useApiMutation('handover:saveSettings', ['handover:']);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (settings.data) setFolder(settings.data.pdfFolder);
  }, [settings.data]);
  const submit = () => {
    if (!settings.data) return;
    save.mutate(
      { trackedItems: settings.data.trackedItems, pdfFolder: folder },
      {
        onSuccess: () => {
          setError(undefined);
          notifications.show({ color: 'green', message: t('common.saved') });
        },
        onError: (e) => showApiError(e, { setFieldError: (_field, message) => setError(message) }),
      },
    );
  };
  return (
    <Stack gap="xs">
      <Title order={6}>{t('handoverPdf.folder')}</Title>
      <TextInput
        aria-label={t('handoverPdf.folder')}
        description={t('handoverPdf.folderHint')}
        value={folder}
        error={error}
        onChange={(e) => setFolder(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
        }}
      />
      <Group>
        <Button variant="light" size="xs" onClick={submit} loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
