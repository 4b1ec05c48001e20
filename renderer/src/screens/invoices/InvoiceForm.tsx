import {
  Autocomplete,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceView, RememberedBuyer } from '../../../../shared/contract/invoices';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { useRequestClose } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { moneyEcho } from '../../lib/money';
import { useSubmission } from '../../lib/staleEdit';
import {
  buyerFieldsShown,
  emptyInvoiceForm,
  formErrors,
  type InvoiceFormValues,
  toRequestInput,
  validateInvoiceForm,
} from './invoiceFormModel';

interface InvoiceFormProps {
  today: string;
  onSaved(invoice: InvoiceView): void;
  onCancel(): void;
  onDirty(dirty: boolean): void;
}

/** 开票申请: receipts, shop and amount first (from the till slip), then the buyer, filled from buyers used before. */
export function InvoiceForm({ today, onSaved, onCancel, onDirty }: InvoiceFormProps) {
  const { t } = useTranslation();
  const requestClose = useRequestClose(onCancel);
  const shops = useApiQuery('settings:list', { kind: 'shops', includeInactive: false });
  const request = useApiMutation('invoices:request', ['invoices:']);
  const form = useForm<InvoiceFormValues>({
    initialValues: emptyInvoiceForm(today),
    validate: validateInvoiceForm,
    onValuesChange: () => onDirty(true),
  });
  const submission = useSubmission();
  const firstRef = useRef<HTMLInputElement>(null);
  const values = form.getValues();
  const [lookup] = useDebouncedValue(values.title || values.taxpayerId, 200);
  const buyers = useApiQuery('invoices:buyers', { text: lookup }, { enabled: lookup.trim().length > 0 });
  const known = buyers.data ?? [];

  const fillBuyer = (buyer: RememberedBuyer | undefined) => {
    if (!buyer) return;
    const { lastUsedAt: _used, ...rest } = buyer;
    form.setValues(rest);
  };

  const submit = form.onSubmit((v) => {
    submission.setRefusal(null);
    request.mutate(
      { ...toRequestInput(v), __submission: submission.key },
      {
        onSuccess: (saved) => {
          submission.renew();
          notifications.show({ color: 'green', message: t('invoices.saved', { serial: saved.serialNo }) });
          form.setValues(emptyInvoiceForm(today));
          form.resetDirty();
          onDirty(false);
          onSaved(saved);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        onError: (e) => {
          if (submission.handled(e)) return;
          if (e instanceof ApiError && e.data.fieldErrors) form.setErrors(formErrors(e.data.fieldErrors));
          else showApiError(e, form, submission.setRefusal);
        },
      },
    );
  });

  const special = values.kind === 'vat_special';
  const shown = buyerFieldsShown(values);
  const shopOptions = [{ value: '', label: '—' }, ...(shops.data ?? []).map((s) => ({ value: s.id, label: s.name }))];
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <FormRefusal message={submission.refusal} />
        <SimpleGrid cols={3} spacing="sm" verticalSpacing={6}>
          <TextInput
            ref={firstRef}
            data-autofocus
            label={t('invoices.fields.receiptNos')}
            description={t('invoices.fields.receiptNosHint')}
            withAsterisk
            {...field(form, 'receiptNos')}
          />
          <NativeSelect label={t('invoices.fields.shop')} withAsterisk data={shopOptions} {...field(form, 'shopId')} />
          <SimpleGrid cols={2} spacing="xs">
            <TextInput label={t('invoices.fields.purchaseDate')} withAsterisk {...field(form, 'purchaseDate')} />
            <TextInput
              label={t('invoices.fields.amount')}
              withAsterisk
              inputMode="decimal"
              description={moneyEcho(values.amountYuan, { field: 'invoiceAmount' })}
              {...field(form, 'amountYuan')}
            />
          </SimpleGrid>
        </SimpleGrid>
        <Group gap="md">
          <Text size="sm">{t('invoices.fields.kind')}</Text>
          <SegmentedControl
            size="xs"
            data={(['vat_ordinary', 'vat_special'] as const).map((k) => ({
              value: k,
              label: t(labelKey('invoices', 'kind', k)),
            }))}
            {...form.getInputProps('kind')}
          />
          <SegmentedControl
            size="xs"
            aria-label={t('invoices.fields.medium')}
            data={(['electronic', 'paper'] as const).map((k) => ({
              value: k,
              label: t(labelKey('invoices', 'medium', k)),
            }))}
            {...form.getInputProps('medium')}
          />
          <SegmentedControl
            size="xs"
            aria-label={t('invoices.fields.buyerType')}
            data={(['organisation', 'person'] as const).map((k) => ({
              value: k,
              label: t(labelKey('invoices', 'buyerType', k)),
            }))}
            {...form.getInputProps('buyerType')}
          />
          {/* Segmented controls show no error of their own: the rule broken is said beside them. */}
          {(['kind', 'buyerType'] as const).map((path) => {
            const error = form.errors[path];
            return typeof error === 'string' ? (
              <Text key={path} size="xs" c="red" role="alert">
                {translateMessage(error)}
              </Text>
            ) : null;
          })}
        </Group>
        <SimpleGrid cols={3} spacing="sm" verticalSpacing={6}>
          <Autocomplete
            label={t('invoices.fields.title')}
            withAsterisk
            data={[...new Set(known.map((b) => b.title))]}
            onOptionSubmit={(title) => fillBuyer(known.find((b) => b.title === title))}
            {...field(form, 'title')}
          />
          <Autocomplete
            label={t('invoices.fields.taxpayerId')}
            withAsterisk={values.buyerType === 'organisation'}
            data={[...new Set(known.map((b) => b.taxpayerId).filter(Boolean))]}
            onOptionSubmit={(id) => fillBuyer(known.find((b) => b.taxpayerId === id))}
            {...field(form, 'taxpayerId')}
          />
          <TextInput
            label={t('invoices.fields.email')}
            withAsterisk={values.medium === 'electronic'}
            {...field(form, 'email')}
          />
          {shown.phone && (
            <TextInput
              label={t(special ? 'invoices.fields.phone' : 'invoices.fields.buyerPhone')}
              withAsterisk={special}
              inputMode="tel"
              {...field(form, 'phone')}
            />
          )}
          {shown.address && <TextInput label={t('invoices.fields.address')} withAsterisk {...field(form, 'address')} />}
          <TextInput label={t('invoices.fields.notes')} {...field(form, 'notes')} />
          {shown.bank && <TextInput label={t('invoices.fields.bank')} withAsterisk {...field(form, 'bank')} />}
          {shown.account && <TextInput label={t('invoices.fields.account')} withAsterisk {...field(form, 'account')} />}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={requestClose}>
            {t('invoices.actions.cancel')}
          </Button>
          <Button type="submit" loading={request.isPending}>
            {t('invoices.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
