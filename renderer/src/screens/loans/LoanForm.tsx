import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type IdDocumentType, idDocumentInputTypes } from '../../../../shared/contract/id-documents';
import { type LoanGuarantee, type LoanView, lendInput } from '../../../../shared/contract/loans';
import { formatMoney } from '../../../../shared/contract/money';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey, labelOptions } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { KnownCaller } from '../../components/KnownCaller';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { parseSiteDateTime } from '../../lib/time';

interface LendValues {
  itemId: string;
  borrowerName: string;
  phone: string;
  guarantee: LoanGuarantee;
  idType: IdDocumentType;
  idNumber: string;
  dueAt: string;
}

const empty: LendValues = {
  itemId: '',
  borrowerName: '',
  phone: '',
  guarantee: 'deposit',
  idType: 'resident_id',
  idNumber: '',
  dueAt: '',
};

/** 借出: the item at the desk, the borrower, a deposit or an ID; Enter lends and prints the slip. */
export function LoanForm({ timeZone, onLent }: { timeZone: string; onLent(loan: LoanView): void }) {
  const { t } = useTranslation();
  const items = useApiQuery('loans:items', { includeInactive: false });
  const kinds = useApiQuery('loans:kinds', { includeInactive: false });
  const lend = useApiMutation('loans:lend', ['loans:']);
  // Re-sent after a lost answer, the same loan is not lent twice.
  const submission = useSubmission();
  const form = useForm<LendValues>({ initialValues: empty });
  const firstRef = useRef<HTMLSelectElement>(null);
  const values = form.getValues();
  const atDesk = (items.data ?? []).filter((i) => !i.outSerial);
  const item = atDesk.find((i) => i.id === values.itemId);
  const kind = (kinds.data ?? []).find((k) => k.id === item?.kindId);
  const submit = () => {
    const v = form.getValues();
    const dueAt = parseSiteDateTime(v.dueAt, timeZone);
    const byId = v.guarantee === 'id';
    const checked = checkWith(
      lendInput,
      {
        itemId: v.itemId,
        borrowerName: v.borrowerName,
        phone: v.phone,
        guarantee: v.guarantee,
        idType: byId ? v.idType : null,
        idNumber: byId ? v.idNumber : '',
        dueAt: dueAt ?? null,
      },
      dueAt === undefined ? { dueAt: 'loans.form.timeFormat' } : {},
    );
    if (!checked.ok) return form.setErrors(checked.errors);
    lend.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (loan: LoanView) => {
          notifications.show({ color: 'green', message: t('loans.form.saved', { serial: loan.serialNo }) });
          form.reset();
          onLent(loan);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  return (
    <form
      aria-label={t('loans.form.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{t('loans.form.title')}</Title>
        <FormRefusal message={submission.refusal} />
        <NativeSelect
          ref={firstRef}
          autoFocus
          label={t('loans.fields.item')}
          data={[{ value: '', label: '—' }, ...atDesk.map((i) => ({ value: i.id, label: `${i.kindName} ${i.code}` }))]}
          {...field(form, 'itemId')}
        />
        {items.isSuccess && atDesk.length === 0 && (
          <Alert py={4} color="yellow">
            {t('loans.form.noItems')}
          </Alert>
        )}
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('loans.fields.borrowerName')} {...field(form, 'borrowerName')} />
          <TextInput label={t('loans.fields.phone')} inputMode="tel" {...field(form, 'phone')} />
        </Group>
        <KnownCaller
          phone={form.getValues().phone}
          timeZone={timeZone}
          name={form.getValues().borrowerName}
          onName={(name) => form.setFieldValue('borrowerName', name)}
        />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('loans.fields.guarantee')}
          </Text>
          <SegmentedControl
            aria-label={t('loans.fields.guarantee')}
            data={(['deposit', 'id'] as const).map((g) => ({ value: g, label: t(labelKey('loans', 'guarantee', g)) }))}
            {...form.getInputProps('guarantee')}
          />
        </Stack>
        {values.guarantee === 'id' ? (
          <Group grow gap="xs" align="flex-start">
            <NativeSelect
              label={t('loans.fields.idType')}
              data={labelOptions(t, 'loans', 'idType', idDocumentInputTypes)}
              {...field(form, 'idType')}
            />
            <TextInput label={t('loans.fields.idNumber')} {...field(form, 'idNumber')} />
          </Group>
        ) : (
          kind && (
            <Alert py={4} color="blue">
              {t('loans.form.deposit', { amount: formatMoney(kind.depositFen) })}
            </Alert>
          )
        )}
        <TextInput
          label={t('loans.fields.dueAt')}
          placeholder={t('loans.fields.dueAtHint')}
          {...field(form, 'dueAt')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={lend.isPending}>
            {t('loans.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
