import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Esc on a form with typed input asks first (UX.md); keeping is the default button. */
export function DiscardConfirm({ opened, onKeep, onDiscard }: { opened: boolean; onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onKeep} title={t('common.discardTitle')} size="sm" zIndex={400}>
      <Stack>
        <Text size="sm">{t('common.discardBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} data-autofocus>
            {t('common.keepEditing')}
          </Button>
          <Button color="red" onClick={onDiscard}>
            {t('common.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
