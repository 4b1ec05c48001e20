import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface WatchMatch {
  watchEntryId: string;
  name: string;
  reason: string;
}

/** The warning a clerk must acknowledge before a watch-listed visitor is registered; main audits the acknowledgement. */
export function WatchMatchDialog({
  match,
  onAcknowledge,
  onClose,
}: {
  match: WatchMatch | null;
  onAcknowledge(match: WatchMatch): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={match !== null} onClose={onClose} title={t('reception.watch.matchTitle')} size="md" zIndex={350}>
      {match && (
        <Stack gap="sm">
          <Alert color="red" p="xs">
            <Text size="sm" fw={600}>
              {t('reception.watch.matchBody', { name: match.name, reason: match.reason })}
            </Text>
          </Alert>
          <Text size="sm">{t('reception.watch.matchHint')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" data-autofocus onClick={() => onAcknowledge(match)}>
              {t('reception.watch.acknowledge')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
