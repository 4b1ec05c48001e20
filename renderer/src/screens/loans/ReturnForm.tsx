import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type LoanView, returnInput } from '../../../../shared/contract/loans';
import { formatMoney } from '../../../../shared/contract/money';
import { useApiMutation } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

interface ReturnValues {
  outcome: 'returned' | 'kept';
  refund: string;
  reason: string;
}

/** 归还: intact (deposit back minus the overdue fee), or lost or damaged (deposit kept, part refunded, a reason). */
export function ReturnForm({ loan }: { loan: LoanView }) {
  const { t } = useTranslation();
  const save = useApiMutation('loans:return', ['loans:', 'audit:']);
  const form = useForm<ReturnValues>({ initialValues: { outcome: 'returned', refund: '', reason: '' } });
  const values = form.getValues();
  const submit = () => {
    const v = form.getValues();
    const checked = checkWith(returnInput, {
      id: loan.id,
      // Based on the loan as shown: if another tab has returned or voided it since, the return is refused.
      version: loan.version,
      outcome: v.outcome,
      refund: v.outcome === 'kept' ? v.refund : '',
      reason: v.outcome === 'kept' ? v.reason : '',
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(checked.input, {
      onSuccess: (after) =>
        notifications.show({
          color: 'green',
          message: t('loans.detail.returnedDone', { serial: after.serialNo, refund: formatMoney(after.refundFen) }),
        }),
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <form
      aria-label={t('loans.detail.returnTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={5}>{t('loans.detail.returnTitle')}</Title>
        <SegmentedControl
          aria-label={t('loans.fields.outcome')}
          data={[
            { value: 'returned', label: t('loans.detail.outcomeReturned') },
            { value: 'kept', label: t('loans.detail.outcomeKept') },
          ]}
          {...form.getInputProps('outcome')}
        />
        {values.outcome === 'returned' ? (
          <Text size="sm">
            {t('loans.detail.feeNow', {
              fee: formatMoney(loan.feeIfReturnedNow),
              refund: formatMoney(Math.max(0, loan.depositFen - loan.feeIfReturnedNow)),
            })}
          </Text>
        ) : (
          <Group grow gap="xs" align="flex-start">
            <TextInput label={t('loans.fields.refund')} inputMode="decimal" {...field(form, 'refund')} />
            <TextInput label={t('loans.fields.reason')} {...field(form, 'reason')} />
          </Group>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('loans.detail.returnSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
