import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverSettings } from '../../../../shared/contract/handover';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';

/** A supervisor's folder for the handover PDFs (a USB drive or network share); empty saves none. */
export function PdfFolderForm() {
  const settings = useApiQuery('handover:settings', {});
  // The field appears with the saved value, once: a later refetch (after another save) must not replace what the
  // supervisor is typing, and nothing typed before the value arrived can be lost.
  return settings.data ? <PdfFolderField saved={settings.data} /> : null;
}

function PdfFolderField({ saved }: { saved: HandoverSettings }) {
  const { t } = useTranslation();
  const save = useApiMutation('handover:saveSettings', ['handover:']);
  const [folder, setFolder] = useState(saved.pdfFolder);
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    save.mutate(
      { trackedItems: saved.trackedItems, pdfFolder: folder },
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
