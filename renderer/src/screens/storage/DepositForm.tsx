import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageDepositResult, StorageSettingsView, StorageSlipView } from '../../../../shared/contract/storage';
import { invoke } from '../../api/client';
import { newSubmissionKey, useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { FormRefusal } from '../../components/FormRefusal';
import { KnownCaller } from '../../components/KnownCaller';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { formatFen } from '../../lib/format';
import { field } from '../../lib/formFields';
import { moneyEcho, moneyFen } from '../../lib/money';
import { useStaleEdit } from '../../lib/staleEdit';
import { ApprovalFields } from './ApprovalFields';
import {
  type DepositValues,
  depositFieldOf,
  emptyDeposit,
  feeRule,
  toDepositInput,
  toUpdateInput,
  valuesFromSlip,
  waiverRule,
} from './depositModel';

interface DepositFormProps {
  timeZone: string;
  settings: StorageSettingsView;
  onSaved(result: StorageDepositResult): void;
  /** A correction of an untouched slip instead of a new deposit. */
  editing?: StorageSlipView;
  onUpdated?(slip: StorageSlipView): void;
  onCancel?(): void;
}

/** One deposit without scrolling; Enter saves and prints, and the form is ready for the next customer. */
export function DepositForm({ timeZone, settings, onSaved, editing, onUpdated, onCancel }: DepositFormProps) {
  const { t } = useTranslation();
  const locations = useApiQuery('storage:locations', { includeInactive: false });
  const deposit = useApiMutation('storage:deposit', ['storage:']);
  const update = useApiMutation('storage:update', ['storage:', 'audit:']);
  const form = useForm<DepositValues>({
    initialValues: editing ? valuesFromSlip(editing, timeZone) : emptyDeposit(settings.feeFen),
  });
  // The slip a correction is based on; replaced by the current one when main refuses the correction as stale.
  const stale = useStaleEdit(editing, {
    module: 'storage',
    reload: (id) => invoke('storage:get', { id }),
    onReloaded: (current) => {
      form.setInitialValues(valuesFromSlip(current, timeZone));
      form.reset();
    },
  });
  // One key per deposit typed in: sent again after a lost answer, the goods are not taken in twice.
  const [submission, setSubmission] = useState(newSubmissionKey);
  const [confirming, setConfirming] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const values = form.getValues();
  const needsApproval = (moneyFen(values.waived, waiverRule) ?? 0) > settings.waiverLimitFen;

  const onError = (e: unknown) => {
    if (stale.handled(e)) return;
    showApiError(
      e,
      { setFieldError: (f, message) => form.setFieldError(depositFieldOf[f] ?? f, message) },
      stale.setRefusal,
    );
  };
  const submitEdit = (slip: StorageSlipView) => {
    const converted = toUpdateInput(form.getValues(), slip, timeZone);
    if (!converted.ok) return form.setErrors(converted.errors);
    update.mutate(converted.input, {
      onSuccess: (after) => {
        notifications.show({ color: 'green', message: t('storage.form.updated', { serial: after.serialNo }) });
        onUpdated?.(after);
      },
      onError,
    });
  };
  const submit = () => {
    stale.setRefusal(null);
    if (stale.record) return submitEdit(stale.record);
    const converted = toDepositInput(form.getValues(), timeZone, needsApproval);
    if (!converted.ok) return form.setErrors(converted.errors);
    deposit.mutate(
      { ...converted.input, __submission: submission },
      {
        onSuccess: (result) => {
          setSubmission(newSubmissionKey());
          notifications.show({
            color: 'green',
            message: t('storage.form.saved', { serial: result.slip.serialNo, code: result.claimCode }),
          });
          form.setInitialValues(emptyDeposit(settings.feeFen));
          form.reset();
          onSaved(result);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        onError,
      },
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    if (form.isDirty()) setConfirming(true);
    else onCancel?.();
  };
  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? translateMessage(error) : undefined;
  };
  const locationOptions = (locations.data ?? []).map((l) => ({
    value: l.id,
    disabled: !l.free && l.id !== editing?.locationId,
    label: `${l.code} · ${t(labelKey('storage', 'locationKind', l.kind))} · ${
      l.shared
        ? `${t('storage.form.shared')} (${l.openSlips})`
        : l.free
          ? t('storage.form.free')
          : t('storage.form.taken')
    }`,
  }));

  const title = editing ? t('storage.form.editTitle', { serial: editing.serialNo }) : t('storage.form.title');
  return (
    <form
      aria-label={title}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{title}</Title>
        <FormRefusal message={stale.refusal} />
        <Group grow gap="xs" align="flex-start">
          <TextInput
            ref={firstRef}
            label={t('storage.fields.depositorName')}
            data-autofocus
            autoFocus
            {...field(form, 'depositorName')}
          />
          <TextInput label={t('storage.fields.phone')} inputMode="tel" {...field(form, 'phone')} />
        </Group>
        <KnownCaller
          phone={form.getValues().phone}
          timeZone={timeZone}
          name={form.getValues().depositorName}
          onName={(name) => form.setFieldValue('depositorName', name)}
        />
        <TextInput label={t('storage.fields.description')} {...field(form, 'description')} />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput label={t('storage.fields.pieces')} w={70} inputMode="numeric" {...field(form, 'pieces')} />
          <Stack gap={2}>
            <span style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500 }}>{t('storage.fields.size')}</span>
            <SegmentedControl
              aria-label={t('storage.fields.size')}
              data={[
                { value: 'small', label: t(labelKey('storage', 'size', 'small')) },
                { value: 'large', label: t(labelKey('storage', 'size', 'large')) },
              ]}
              {...form.getInputProps('size')}
            />
          </Stack>
          <NativeSelect
            label={t('storage.fields.location')}
            style={{ flex: 1 }}
            data={[{ value: '', label: '—' }, ...locationOptions]}
            {...field(form, 'locationId')}
          />
        </Group>
        {locations.data && locations.data.length === 0 && (
          <Alert py={4} color="yellow">
            {t('storage.form.noLocations')}
          </Alert>
        )}
        <Group grow gap="xs" align="flex-start">
          {!editing && (
            <TextInput
              label={t('storage.fields.fee')}
              inputMode="decimal"
              description={moneyEcho(values.fee, feeRule)}
              {...field(form, 'fee')}
            />
          )}
          {!editing && (
            <TextInput
              label={t('storage.fields.waived')}
              inputMode="decimal"
              description={moneyEcho(values.waived, waiverRule)}
              {...field(form, 'waived')}
            />
          )}
          <TextInput
            label={t('storage.fields.expectedPickup')}
            placeholder={t('storage.fields.expectedPickupHint')}
            {...field(form, 'expectedPickup')}
          />
        </Group>
        {needsApproval && !editing && (
          <>
            <Alert py={4} color="yellow">
              {t('storage.form.waiverApproval', { limit: formatFen(settings.waiverLimitFen) })}
            </Alert>
            <ApprovalFields
              approverId={values.approverId}
              pin={values.approverPin}
              approverError={errorOf('approverId')}
              pinError={errorOf('approverPin')}
              onApprover={(v) => form.setFieldValue('approverId', v)}
              onPin={(v) => form.setFieldValue('approverPin', v)}
            />
          </>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => (form.isDirty() ? setConfirming(true) : onCancel?.())}>
            {editing ? t('common.cancel') : t('storage.form.cancel')}
          </Button>
          <Button type="submit" loading={deposit.isPending || update.isPending}>
            {editing ? t('storage.form.update') : t('storage.form.save')}
          </Button>
        </Group>
      </Stack>
      <DiscardConfirm
        opened={confirming}
        onKeep={() => setConfirming(false)}
        onDiscard={() => {
          setConfirming(false);
          form.reset();
          if (editing) onCancel?.();
          else firstRef.current?.focus();
        }}
      />
    </form>
  );
}
