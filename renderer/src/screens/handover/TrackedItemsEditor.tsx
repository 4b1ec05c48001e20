import { Button, Group, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverSettings } from '../../../../shared/contract/handover';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';

/** A supervisor's list of the items the desk counts at every handover (keys, radios, umbrellas…). */
export function TrackedItemsEditor() {
  const settings = useApiQuery('handover:settings', {});
  // Shown once the saved list is here, and seeded from it once: a refetch never replaces what is being typed.
  return settings.data ? <TrackedItemsField saved={settings.data} /> : null;
}

function TrackedItemsField({ saved }: { saved: HandoverSettings }) {
  const { t } = useTranslation();
  const save = useApiMutation('handover:saveSettings', ['handover:']);
  const [text, setText] = useState(saved.trackedItems.join('\n'));
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    const trackedItems = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    save.mutate(
      { trackedItems },
      {
        onSuccess: () => {
          setError(undefined);
          notifications.show({ color: 'green', message: t('handover.settings.saved') });
        },
        onError: (e) => showApiError(e, { setFieldError: (_field, message) => setError(message) }),
      },
    );
  };
  return (
    <Stack gap="xs" maw={320}>
      <Title order={5}>{t('handover.settings.title')}</Title>
      <Textarea
        description={t('handover.settings.hint')}
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error}
        aria-label={t('handover.settings.title')}
      />
      <Group justify="flex-end">
        <Button size="xs" onClick={submit} loading={save.isPending}>
          {t('handover.settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}
