import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type IssueReleaseInput,
  RELEASE_MAX_ITEMS,
  type ReleaseApprovalMethod,
  type ReleaseHolderKind,
  type ReleasePassDetail,
  type ReleaseReason,
  releaseApprovalMethodValues,
  releaseHolderKindValues,
  releaseReasonValues,
} from '../../../../shared/contract/releases';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { InlineForm } from '../../components/ModalForm';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { siteToday } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';
import { ApprovalFields } from '../storage/ApprovalFields';

interface ItemLine {
  name: string;
  quantity: string;
}

interface Values {
  holderKind: ReleaseHolderKind;
  holderName: string;
  phone: string;
  unit: string;
  shopId: string;
  reason: ReleaseReason;
  reasonNote: string;
  items: ItemLine[];
  vehiclePlate: string;
  validDay: string;
  approverName: string;
  approvalMethod: ReleaseApprovalMethod;
  approverId: string;
  approverPin: string;
  holdAcknowledged: boolean;
}

const initial = (timeZone: string): Values => ({
  holderKind: 'owner',
  holderName: '',
  phone: '',
  unit: '',
  shopId: '',
  reason: 'move_out',
  reasonNote: '',
  items: [{ name: '', quantity: '1' }],
  vehiclePlate: '',
  validDay: siteToday(timeZone),
  approverName: '',
  approvalMethod: 'present',
  approverId: '',
  approverPin: '',
  holdAcknowledged: false,
});

/** Where a refusal about the approval shows in this form. */
const fieldOf: Record<string, string> = {
  approval: 'approverId',
  'approval.clerkId': 'approverId',
  'approval.pin': 'approverPin',
  pin: 'approverPin',
  clerkId: 'approverId',
};

interface Props {
  timeZone: string;
  onSaved(pass: ReleasePassDetail): void;
  onCancel(): void;
  onDirtyChange(dirty: boolean): void;
}

/** 开具放行条: who, which unit, what goes out and why, the vehicle, the day; the owner's or shop's say-so and a lead's PIN. */
export function ReleaseForm({ timeZone, onSaved, onCancel, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const shops = useApiQuery('settings:list', { kind: 'shops', includeInactive: false });
  const issue = useApiMutation('releases:issue', ['releases:', 'search:']);
  const { form, input } = useContractForm('releases:issue', {
    initialValues: initial(timeZone),
    fieldOf,
    toInput: (v): IssueReleaseInput => ({
      holderKind: v.holderKind,
      holderName: v.holderName,
      phone: v.phone,
      unit: v.unit,
      shopId: v.holderKind === 'shop' ? v.shopId || null : null,
      reason: v.reason,
      reasonNote: v.reasonNote,
      items: v.items.map((x) => ({
        name: x.name,
        quantity: x.quantity.trim() === '' ? Number.NaN : Number(x.quantity),
      })),
      vehiclePlate: v.vehiclePlate,
      validDay: v.validDay,
      approverName: v.approverName,
      approvalMethod: v.approvalMethod,
      approval: v.approverId || v.approverPin ? { clerkId: v.approverId, pin: v.approverPin } : null,
      holdAcknowledged: v.holdAcknowledged,
    }),
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const values = form.getValues();
  const [unit] = useDebouncedValue(values.unit, 300);
  const hold = useApiQuery('releases:unitHold', { unit }, { enabled: unit.trim().length > 0 });
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();

  const submit = () => {
    const ok = input();
    if (!ok) return;
    issue.mutate(
      submission.keyed(ok),
      submission.callbacks(
        (pass: ReleasePassDetail) => {
          notifications.show({ color: 'green', message: t('releases.form.saved', { serial: pass.serialNo }) });
          form.setInitialValues(initial(timeZone));
          form.reset();
          onSaved(pass);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        (e) =>
          showApiError(
            e,
            {
              setFieldError: (f, m) => form.setFieldError(fieldOf[f] ?? f, m),
              getValues: () => ({ ...form.getValues(), pin: '', clerkId: '' }),
            },
            submission.setRefusal,
          ),
      ),
    );
  };
  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? translateMessage(error) : undefined;
  };
  const title = t('releases.form.newTitle');
  return (
    <InlineForm
      label={title}
      isDirty={form.isDirty}
      onSubmit={submit}
      onCancel={onCancel}
      onDiscard={form.reset}
      cancel={t('releases.form.cancel')}
      save={t('releases.form.save')}
      busy={issue.isPending}
    >
      <Title order={4}>{title}</Title>
      <FormRefusal message={submission.refusal} />
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <div>
          <Text size="sm" fw={500}>
            {t('releases.fields.holderKind')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('releases.fields.holderKind')}
            data={labelOptions(t, 'releases', 'holderKind', releaseHolderKindValues)}
            {...form.getInputProps('holderKind')}
          />
        </div>
        <TextInput
          style={{ flex: 1 }}
          ref={firstRef}
          label={t('releases.fields.unit')}
          placeholder={t('releases.fields.unitHint')}
          {...field(form, 'unit')}
        />
      </Group>
      {values.holderKind === 'shop' && (
        <NativeSelect
          label={t('releases.fields.shop')}
          data={[
            { value: '', label: '—' },
            ...(shops.data ?? []).map((s) => ({ value: s.id, label: s.unitNo ? `${s.unitNo} ${s.name}` : s.name })),
          ]}
          {...field(form, 'shopId')}
        />
      )}
      {hold.data && (
        <Alert py={4} color="red" title={t('releases.form.hold', { note: hold.data.note })}>
          <Checkbox label={t('releases.fields.holdAcknowledged')} {...field(form, 'holdAcknowledged', 'checkbox')} />
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput label={t('releases.fields.holderName')} {...field(form, 'holderName')} />
        <TextInput label={t('releases.fields.phone')} inputMode="tel" {...field(form, 'phone')} />
      </SimpleGrid>
      <Text size="sm" fw={500}>
        {t('releases.fields.items')}
      </Text>
      {values.items.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity until saved
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${t('releases.fields.itemName')} ${index + 1}`}
            placeholder={t('releases.fields.itemName')}
            {...field(form, `items.${index}.name`)}
          />
          <TextInput
            w={70}
            aria-label={`${t('releases.fields.quantity')} ${index + 1}`}
            placeholder={t('releases.fields.quantity')}
            inputMode="numeric"
            {...field(form, `items.${index}.quantity`)}
          />
          <ActionIcon
            variant="subtle"
            mt={4}
            aria-label={`${t('releases.form.removeItem')} ${index + 1}`}
            disabled={values.items.length === 1}
            onClick={() => form.removeListItem('items', index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {errorOf('items') && (
        <Text size="xs" c="red">
          {errorOf('items')}
        </Text>
      )}
      <Group>
        <Button
          size="compact-xs"
          variant="light"
          disabled={values.items.length >= RELEASE_MAX_ITEMS}
          onClick={() => form.insertListItem('items', { name: '', quantity: '1' })}
        >
          {t('releases.form.addItem')}
        </Button>
      </Group>
      <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
        <NativeSelect
          label={t('releases.fields.reason')}
          data={labelOptions(t, 'releases', 'reason', releaseReasonValues)}
          {...field(form, 'reason')}
        />
        <TextInput label={t('releases.fields.reasonNote')} {...field(form, 'reasonNote')} />
        <TextInput label={t('releases.fields.validDay')} placeholder="YYYY-MM-DD" {...field(form, 'validDay')} />
      </SimpleGrid>
      <TextInput
        label={t('releases.fields.vehiclePlate')}
        placeholder={t('releases.fields.vehiclePlateHint')}
        {...field(form, 'vehiclePlate')}
      />
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput label={t('releases.fields.approverName')} {...field(form, 'approverName')} />
        <NativeSelect
          label={t('releases.fields.approvalMethod')}
          data={labelOptions(t, 'releases', 'approvalMethod', releaseApprovalMethodValues)}
          {...field(form, 'approvalMethod')}
        />
      </SimpleGrid>
      <ApprovalFields
        approverId={values.approverId}
        pin={values.approverPin}
        approverError={errorOf('approverId')}
        pinError={errorOf('approverPin')}
        onApprover={(v) => form.setFieldValue('approverId', v)}
        onPin={(v) => form.setFieldValue('approverPin', v)}
      />
    </InlineForm>
  );
}
