import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageSlipView, StorageTransferTarget } from '../../../../shared/contract/storage';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { refusalText } from '../../lib/apiErrors';
import { ApprovalFields } from './ApprovalFields';

/** A refusal in words; a stale one names who changed the slip since the dialog opened. */
const messageOf = (e: unknown) => refusalText(e);
const fieldOf = (e: unknown) => (e instanceof ApiError ? e.data.field : undefined);

interface DialogProps {
  slip: StorageSlipView;
  opened: boolean;
  onClose(): void;
  onDone(message: string): void;
}

/** Unclaimed goods to lost-and-found or disposal: supervisor only, with a reason that stays on the record. */
export function TransferDialog({ slip, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const transfer = useApiMutation('storage:transfer', ['storage:', 'audit:']);
  const [to, setTo] = useState<StorageTransferTarget>('lost_found');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (!reason.trim()) return setError(t('errors.required'));
    transfer.mutate(
      { id: slip.id, version: slip.version, to, reason },
      { onSuccess: () => onDone(t('storage.detail.transferredDone')), onError: (e) => setError(messageOf(e)) },
    );
  };
  return (
    <FormModal
      opened={opened}
      title={t('storage.detail.transferTitle', { serial: slip.serialNo })}
      dirty={!!reason}
      onClose={onClose}
    >
      <Stack gap="xs">
        <NativeSelect
          label={t('storage.fields.transferTo')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value as StorageTransferTarget)}
          data={(['lost_found', 'disposal'] as const).map((v) => ({
            value: v,
            label: t(labelKey('storage', 'transferTarget', v)),
          }))}
        />
        <Textarea
          label={t('storage.fields.reason')}
          data-autofocus
          value={reason}
          error={error}
          autosize
          minRows={2}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={transfer.isPending} onClick={submit}>
            {t('storage.detail.transfer')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}

/** A slip locked by wrong claim codes opens again only with a lead's (or higher) PIN. */
export function UnlockDialog({ slip, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const unlock = useApiMutation('storage:unlock', ['storage:', 'audit:']);
  const [approverId, setApproverId] = useState('');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<{ approver?: string; pin?: string }>({});
  const submit = () => {
    if (!approverId) return setErrors({ approver: t('errors.required') });
    unlock.mutate(
      { id: slip.id, version: slip.version, approval: { clerkId: approverId, pin } },
      {
        onSuccess: () => onDone(t('storage.detail.unlocked')),
        onError: (e) => setErrors(fieldOf(e) === 'approverId' ? { approver: messageOf(e) } : { pin: messageOf(e) }),
      },
    );
  };
  return (
    <FormModal
      opened={opened}
      title={t('storage.detail.unlockTitle', { serial: slip.serialNo })}
      dirty={!!pin}
      onClose={onClose}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <ApprovalFields
            approverId={approverId}
            pin={pin}
            approverError={errors.approver}
            pinError={errors.pin}
            onApprover={setApproverId}
            onPin={setPin}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={unlock.isPending}>
              {t('storage.detail.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
