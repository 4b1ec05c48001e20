import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../lib/apiErrors';
import { FormModal } from './FormModal';

interface VoidDialogProps {
  opened: boolean;
  title: string;
  busy?: boolean;
  onClose(): void;
  /** Resolves when voided; rejects with an ApiError shown at the reason field. */
  onConfirm(reason: string): Promise<unknown>;
}

/** Voiding is never silent: a reason is required and goes into the record and its audit entry. */
export function VoidDialog({ opened, title, busy, onClose, onConfirm }: VoidDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!reason.trim()) return setError(t('errors.required'));
    try {
      await onConfirm(reason.trim());
      setReason('');
      onClose();
    } catch (e) {
      setError(refusalText(e));
    }
  };
  return (
    <FormModal opened={opened} title={title} dirty={reason.length > 0} onClose={onClose}>
      <Stack gap="xs">
        <Textarea
          label={t('void.reason')}
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={submit}>
            {t('void.confirm')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
