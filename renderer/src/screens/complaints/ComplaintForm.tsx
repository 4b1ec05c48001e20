import { Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ComplaintChannel,
  type ComplaintDetail,
  type ComplaintPrefill,
  type ComplaintType,
  type ComplaintUrgency,
  type CreateComplaintInput,
  complaintChannelValues,
  complaintTypeValues,
  complaintUrgencyValues,
} from '../../../../shared/contract/complaints';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { KnownCaller } from '../../components/KnownCaller';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { formatDateTime, parseSiteDateTime } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';

export interface ComplaintSource {
  callId?: string;
  visitId?: string;
  sourceSerial?: string;
  prefill?: ComplaintPrefill;
}

interface Props {
  opened: boolean;
  timeZone: string;
  source: ComplaintSource;
  onClose(): void;
  onSaved(c: ComplaintDetail): void;
}

interface ComplaintFormValues {
  channel: ComplaintChannel;
  customerName: string;
  phone: string;
  address: string;
  type: ComplaintType;
  reason: string;
  demand: string;
  urgency: ComplaintUrgency;
  deadlineAt: string;
  shopId: string;
  departmentId: string;
  complainedClerkId: string;
  notes: string;
  decision: 'accept' | 'not_accept';
  notAcceptedReason: string;
}

const blank = (p?: ComplaintPrefill): ComplaintFormValues => ({
  channel: p?.channel ?? 'in_person',
  customerName: p?.customerName ?? '',
  phone: p?.phone ?? '',
  address: '',
  type: 'product',
  reason: p?.reason ?? '',
  demand: '',
  urgency: 'normal',
  deadlineAt: '',
  shopId: '',
  departmentId: '',
  complainedClerkId: '',
  notes: '',
  decision: 'accept',
  notAcceptedReason: '',
});

/** 客户投诉登记表: the whole form on one screen at 1366x768; Ctrl+Enter saves from the text areas. */
export function ComplaintForm({ opened, timeZone, source, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const receivedAt = source.prefill?.receivedAt;
  // Checked with the channel's own schema before sending, as main checks it again.
  const { form, input } = useContractForm('complaints:create', {
    initialValues: blank(source.prefill),
    toInput: (v, f): CreateComplaintInput | null => {
      const deadlineAt = parseSiteDateTime(v.deadlineAt, timeZone);
      if (deadlineAt === undefined) {
        f.setFieldError('deadlineAt', 'errors.complaintDeadlineFormat');
        return null;
      }
      return {
        ...v,
        deadlineAt,
        receivedAt,
        shopId: v.shopId || null,
        departmentId: v.departmentId || null,
        complainedClerkId: v.complainedClerkId || null,
        callId: source.callId ?? null,
        visitId: source.visitId ?? null,
      };
    },
  });
  const values = form.getValues();
  const shops = useApiQuery('settings:list', { kind: 'shops', includeInactive: false });
  const departments = useApiQuery('settings:list', { kind: 'departments', includeInactive: false });
  const clerks = useApiQuery('clerks:list', { includeInactive: false });
  const deadline = useApiQuery('complaints:deadline', {
    urgency: values.urgency,
    from: receivedAt ?? Math.floor(Date.now() / 60_000) * 60_000,
  });
  const create = useApiMutation('complaints:create', ['complaints:', 'calls:']);
  // Re-sent after a lost answer, the same complaint is not stored twice.
  const submission = useSubmission();

  const submit = () => {
    const checked = input();
    if (!checked) return;
    create.mutate(submission.keyed(checked), {
      ...submission.callbacks(
        (c: ComplaintDetail) => {
          notifications.show({ color: 'green', message: t('complaints.form.saved', { serial: c.serialNo }) });
          form.setInitialValues(blank());
          form.reset();
          onSaved(c);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    });
  };
  const ctrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };
  const options = (items: { id: string; name: string }[] | undefined) => [
    { value: '', label: t('complaints.fields.none') },
    ...(items ?? []).map((i) => ({ value: i.id, label: i.name })),
  ];
  const title = source.sourceSerial
    ? t(source.callId ? 'complaints.form.fromCall' : 'complaints.form.fromVisit', { serial: source.sourceSerial })
    : t('complaints.form.title');

  return (
    <FormModal opened={opened} title={title} dirty={form.isDirty()} onClose={onClose} size={900}>
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <FormRefusal message={submission.refusal} />
          <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
            <TextInput label={t('complaints.fields.customerName')} data-autofocus {...field(form, 'customerName')} />
            <TextInput label={t('complaints.fields.phone')} {...field(form, 'phone')} />
            <NativeSelect
              label={t('complaints.fields.channel')}
              data={complaintChannelValues.map((v) => ({ value: v, label: t(labelKey('complaints', 'channel', v)) }))}
              {...field(form, 'channel')}
            />
            <NativeSelect
              label={t('complaints.fields.type')}
              data={complaintTypeValues.map((v) => ({ value: v, label: t(labelKey('complaints', 'type', v)) }))}
              {...field(form, 'type')}
            />
          </SimpleGrid>
          <KnownCaller
            phone={form.getValues().phone}
            timeZone={timeZone}
            name={form.getValues().customerName}
            onName={(name) => form.setFieldValue('customerName', name)}
          />
          <TextInput label={t('complaints.fields.address')} {...field(form, 'address')} />
          <SimpleGrid cols={2} spacing="xs">
            <Textarea
              label={t('complaints.fields.reason')}
              autosize
              minRows={3}
              maxRows={4}
              {...field(form, 'reason')}
              onKeyDown={ctrlEnter}
            />
            <Textarea
              label={t('complaints.fields.demand')}
              autosize
              minRows={3}
              maxRows={4}
              {...field(form, 'demand')}
              onKeyDown={ctrlEnter}
            />
          </SimpleGrid>
          <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
            <NativeSelect
              label={t('complaints.fields.urgency')}
              data={complaintUrgencyValues.map((v) => ({ value: v, label: t(labelKey('complaints', 'urgency', v)) }))}
              {...field(form, 'urgency')}
            />
            <TextInput
              label={t('complaints.fields.deadlineAt')}
              placeholder="YYYY-MM-DD HH:mm"
              description={
                deadline.data
                  ? t('complaints.fields.deadlineHint', { value: formatDateTime(deadline.data.deadlineAt, timeZone) })
                  : ' '
              }
              {...field(form, 'deadlineAt')}
            />
            <NativeSelect label={t('complaints.fields.shop')} data={options(shops.data)} {...field(form, 'shopId')} />
            <NativeSelect
              label={t('complaints.fields.department')}
              data={options(departments.data)}
              {...field(form, 'departmentId')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="xs">
            <NativeSelect
              label={t('complaints.fields.complainedClerk')}
              data={options(clerks.data)}
              {...field(form, 'complainedClerkId')}
            />
            <TextInput label={t('complaints.fields.notes')} {...field(form, 'notes')} />
          </SimpleGrid>
          <Group align="flex-end" gap="sm">
            <SegmentedControl
              aria-label={t('complaints.fields.decision')}
              data={[
                { value: 'accept', label: t('complaints.fields.accept') },
                { value: 'not_accept', label: t('complaints.fields.notAccept') },
              ]}
              {...form.getInputProps('decision')}
            />
            {values.decision === 'not_accept' && (
              <TextInput
                style={{ flex: 1 }}
                label={t('complaints.fields.notAcceptedReason')}
                {...field(form, 'notAcceptedReason')}
              />
            )}
          </Group>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('complaints.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('complaints.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
