import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { IdDocumentType } from '../../../../shared/contract/id-documents';
import { pickupInput, type StorageSlipView } from '../../../../shared/contract/storage';
import { useApiMutation } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { IdTypeSelect } from '../../components/IdTypeSelect';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { maskPhone } from '../../lib/format';
import { field } from '../../lib/formFields';
import { ApprovalFields } from './ApprovalFields';

interface PickupValues {
  collectorName: string;
  pieces: string;
  proof: 'claim_code' | 'lost_slip';
  claimCode: string;
  collectorIdType: IdDocumentType;
  collectorIdNumber: string;
  approverId: string;
  approverPin: string;
}

const fieldOfServer: Record<string, string> = {
  pin: 'approverPin',
  approverId: 'approverId',
  'approval.clerkId': 'approverId',
  'approval.pin': 'approverPin',
  approval: 'approverId',
};

/** Hands back goods: the claim code first; for a lost slip the collector's ID and a lead's PIN instead. */
export function PickupForm({ slip, onDone }: { slip: StorageSlipView; onDone(): void }) {
  const { t } = useTranslation();
  const pickup = useApiMutation('storage:pickup', ['storage:', 'audit:']);
  const left = slip.pieces - slip.piecesOut;
  const form = useForm<PickupValues>({
    initialValues: {
      collectorName: slip.depositorName,
      pieces: String(left),
      proof: 'claim_code',
      claimCode: '',
      collectorIdType: 'resident_id',
      collectorIdNumber: '',
      approverId: '',
      approverPin: '',
    },
  });
  const v = form.getValues();
  const setError = (f: string, message: string) => form.setFieldError(fieldOfServer[f] ?? f, message);
  const submit = () => {
    const parsed = pickupInput.safeParse({
      id: slip.id,
      pieces: /^\d+$/.test(v.pieces.trim()) ? Number(v.pieces) : -1,
      collectorName: v.collectorName,
      proof: v.proof,
      claimCode: v.claimCode,
      collectorIdType: v.collectorIdType,
      collectorIdNumber: v.collectorIdNumber,
      approval: v.proof === 'lost_slip' && v.approverId ? { clerkId: v.approverId, pin: v.approverPin } : null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) setError(issue.path.join('.'), translateMessage(issue.message));
      return;
    }
    pickup.mutate(parsed.data, {
      onSuccess: (after) => {
        const message =
          after.status === 'collected'
            ? t('storage.pickup.closed', { serial: after.serialNo })
            : t('storage.pickup.done', { serial: after.serialNo, pieces: parsed.data.pieces });
        notifications.show({ color: 'green', message });
        onDone();
      },
      onError: (e) => {
        form.setFieldValue('claimCode', '');
        showApiError(e, { setFieldError: setError });
      },
    });
  };
  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? translateMessage(error) : undefined;
  };
  return (
    <form
      aria-label={t('storage.pickup.title', { serial: slip.serialNo })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={5}>{t('storage.pickup.title', { serial: slip.serialNo })}</Title>
        <Text size="sm">
          {slip.depositorName} · {maskPhone(slip.phone)} · {slip.description} · {slip.locationCode} ·{' '}
          {t('storage.pickup.left', { left })}
        </Text>
        {slip.locked && (
          <Alert color="red" py={4}>
            {t('storage.detail.locked')}
          </Alert>
        )}
        <SegmentedControl
          aria-label={t('storage.fields.proof')}
          data={(['claim_code', 'lost_slip'] as const).map((p) => ({
            value: p,
            label: t(labelKey('storage', 'proof', p)),
          }))}
          {...form.getInputProps('proof')}
        />
        <Group grow gap="xs" align="flex-start">
          {v.proof === 'claim_code' ? (
            <TextInput
              label={t('storage.fields.claimCode')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={6}
              data-autofocus
              autoFocus
              {...field(form, 'claimCode')}
            />
          ) : (
            <>
              <IdTypeSelect label={t('storage.fields.collectorIdType')} {...field(form, 'collectorIdType')} />
              <TextInput
                label={t('storage.fields.collectorIdNumber')}
                autoFocus
                autoComplete="off"
                {...field(form, 'collectorIdNumber')}
              />
            </>
          )}
          <TextInput label={t('storage.fields.collectorName')} {...field(form, 'collectorName')} />
          <TextInput label={t('storage.fields.pieces')} inputMode="numeric" {...field(form, 'pieces')} />
        </Group>
        {v.proof === 'lost_slip' && (
          <ApprovalFields
            approverId={v.approverId}
            pin={v.approverPin}
            approverError={errorOf('approverId')}
            pinError={errorOf('approverPin')}
            onApprover={(id) => form.setFieldValue('approverId', id)}
            onPin={(pin) => form.setFieldValue('approverPin', pin)}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={pickup.isPending}>
            {t('storage.pickup.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
