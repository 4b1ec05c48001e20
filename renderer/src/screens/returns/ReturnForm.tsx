import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  PasswordInput,
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
import type { MoneyRule } from '../../../../shared/contract/money';
import {
  type RefundMethod,
  type ReturnView,
  refundMethodValues,
  refundsCustomer,
  registerReturnInput,
  returnPolicyInput,
} from '../../../../shared/contract/returns';
import { hasRole } from '../../../../shared/contract/roles';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { useRequestClose } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { formatFen } from '../../lib/format';
import { field } from '../../lib/formFields';
import { moneyEcho, moneyFen } from '../../lib/money';
import { useSubmission } from '../../lib/staleEdit';
import { PolicyVerdict } from './PolicyVerdict';
import {
  emptyReturnForm,
  type ReturnFormValues,
  toFormErrors,
  toRegisterInput,
  uncheckedChecks,
} from './returnFormModel';

interface ReturnFormProps {
  today: string;
  onSaved(saved: ReturnView): void;
  onCancel(): void;
  onDirty(dirty: boolean): void;
}

/** 退换货登记: the policy verdict updates as the clerk ticks the facts; outside it a supervisor approves with PIN. */
/** The refund and the new product's price: required, above zero, each under its ceiling. */
const refundRule: MoneyRule = { field: 'refund' };
const newAmountRule: MoneyRule = { field: 'newProductAmount' };

export function ReturnForm({ today, onSaved, onCancel, onDirty }: ReturnFormProps) {
  const { t } = useTranslation();
  const requestClose = useRequestClose(onCancel);
  const shops = useApiQuery('settings:list', { kind: 'shops', includeInactive: false });
  const clerks = useApiQuery('clerks:list', { includeInactive: false });
  const register = useApiMutation('returns:register', ['returns:']);
  const submission = useSubmission();
  const form = useForm<ReturnFormValues>({
    initialValues: emptyReturnForm(today),
    onValuesChange: () => onDirty(true),
  });
  const firstRef = useRef<HTMLInputElement>(null);
  const v = form.getValues();
  const [policyFacts] = useDebouncedValue(
    {
      kind: v.kind,
      purchaseDate: v.purchaseDate,
      qualityProblem: v.qualityProblem,
      hasReceipt: v.hasReceipt,
      receiptMatches: v.receiptMatches,
      packagingUnopened: v.packagingUnopened,
      pastShelfLife: v.pastShelfLife,
    },
    150,
  );
  const factsValid = returnPolicyInput.safeParse(policyFacts).success;
  const verdict = useApiQuery('returns:check', policyFacts, { enabled: factsValid, retry: false });
  const needsApproval = verdict.data ? !verdict.data.meetsPolicy : false;
  const supervisors = (clerks.data ?? []).filter((c) => hasRole(c.role, 'supervisor'));
  const exchange = v.kind === 'exchange';
  const oldFen = moneyFen(v.amountYuan, refundRule);
  const newFen = moneyFen(v.newAmountYuan, newAmountRule);
  const difference = exchange && oldFen !== null && newFen !== null ? newFen - oldFen : null;
  const refunded = refundsCustomer(v.kind, oldFen ?? 0, exchange ? newFen : null);

  const submit = form.onSubmit((values) => {
    const input = toRegisterInput(values, needsApproval, refunded);
    const parsed = registerReturnInput.safeParse(input);
    const issues: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) issues[issue.path.join('.')] ??= issue.message;
    const errors = toFormErrors(issues);
    if (needsApproval && values.approvalMode === 'now' && !values.approverId) {
      // Most often a check the clerk has not ticked yet: say so at the check, and how an exception goes. Shown
      // together with every other field's message (a wrong amount), not instead of them.
      for (const check of verdict.data ? uncheckedChecks(verdict.data) : [])
        errors[check] = t(`returns.unchecked.${check}`);
      errors.approverId = translateMessage('errors.policyExceptionNeedsApproval');
    }
    if (!parsed.success || Object.keys(errors).length > 0) {
      form.setErrors(errors);
      return;
    }
    submission.setRefusal(null);
    register.mutate(
      { ...input, __submission: submission.key },
      {
        onSuccess: (saved) => {
          submission.renew();
          const notice = saved.approvalStatus === 'pending' ? 'returns.approval.requestedNotice' : 'returns.saved';
          notifications.show({ color: 'green', message: t(notice, { serial: saved.serialNo }) });
          form.setValues(emptyReturnForm(today));
          form.resetDirty();
          onDirty(false);
          onSaved(saved);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        onError: (e) => {
          if (submission.handled(e)) return;
          if (e instanceof ApiError && e.data.fieldErrors) form.setErrors(toFormErrors(e.data.fieldErrors));
          else if (e instanceof ApiError && e.data.field === 'approval')
            form.setFieldError('approverId', translateMessage(e.data.messageKey, e.data.params));
          else showApiError(e, form, submission.setRefusal);
        },
      },
    );
  });

  const shopOptions = [{ value: '', label: '—' }, ...(shops.data ?? []).map((s) => ({ value: s.id, label: s.name }))];
  return (
    <form onSubmit={submit}>
      <Stack gap={6}>
        <FormRefusal message={submission.refusal} />
        <SegmentedControl
          aria-label={t('returns.fields.kind')}
          data={(['return', 'exchange'] as const).map((k) => ({ value: k, label: t(labelKey('returns', 'kind', k)) }))}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={4} spacing="sm" verticalSpacing={4}>
          <TextInput
            ref={firstRef}
            data-autofocus
            label={t('returns.fields.customerName')}
            withAsterisk
            {...field(form, 'customerName')}
          />
          <TextInput label={t('returns.fields.phone')} {...field(form, 'phone')} />
          <NativeSelect label={t('returns.fields.shop')} withAsterisk data={shopOptions} {...field(form, 'shopId')} />
          <TextInput label={t('returns.fields.purchaseDate')} withAsterisk {...field(form, 'purchaseDate')} />
          <TextInput label={t('returns.fields.product')} withAsterisk {...field(form, 'product')} />
          <TextInput label={t('returns.fields.specification')} {...field(form, 'specification')} />
          <TextInput label={t('returns.fields.quantity')} withAsterisk {...field(form, 'quantity')} />
          <TextInput
            label={t('returns.fields.amount')}
            withAsterisk
            inputMode="decimal"
            description={moneyEcho(v.amountYuan, refundRule)}
            {...field(form, 'amountYuan')}
          />
        </SimpleGrid>
        <Group gap="lg" align="flex-start">
          {(['hasReceipt', 'receiptMatches', 'packagingUnopened', 'qualityProblem', 'pastShelfLife'] as const).map(
            (k) => (
              <Checkbox
                key={k}
                maw={k === 'pastShelfLife' || k === 'qualityProblem' ? undefined : 260}
                label={t(`returns.fields.${k}`)}
                {...field(form, k, 'checkbox')}
              />
            ),
          )}
        </Group>
        <SimpleGrid cols={4} spacing="sm" verticalSpacing={4}>
          <TextInput
            label={t('returns.fields.receiptNo')}
            withAsterisk={v.hasReceipt}
            disabled={!v.hasReceipt}
            {...field(form, 'receiptNo')}
          />
          {refunded ? (
            <NativeSelect
              label={t('returns.fields.refundMethod')}
              withAsterisk
              data={[
                { value: '', label: '—' },
                ...refundMethodValues.map((m: RefundMethod) => ({
                  value: m,
                  label: t(labelKey('returns', 'refundMethod', m)),
                })),
              ]}
              {...field(form, 'refundMethod')}
            />
          ) : (
            <div />
          )}
          <TextInput
            style={{ gridColumn: 'span 2' }}
            label={t('returns.fields.reason')}
            withAsterisk
            {...field(form, 'reason')}
          />
        </SimpleGrid>
        {exchange && (
          <SimpleGrid cols={4} spacing="sm" verticalSpacing={4}>
            <TextInput label={t('returns.fields.newProduct')} {...field(form, 'newProduct')} />
            <TextInput label={t('returns.fields.newSpecification')} {...field(form, 'newSpecification')} />
            <TextInput
              label={t('returns.fields.newAmount')}
              inputMode="decimal"
              description={moneyEcho(v.newAmountYuan, newAmountRule)}
              {...field(form, 'newAmountYuan')}
            />
            <Text size="sm" mt={28} fw={600}>
              {difference !== null &&
                difference !== 0 &&
                t(difference > 0 ? 'returns.customerPays' : 'returns.refundDifference', {
                  amount: formatFen(Math.abs(difference)),
                })}
            </Text>
          </SimpleGrid>
        )}
        {verdict.data && <PolicyVerdict verdict={verdict.data} />}
        {needsApproval && (
          <>
            <SegmentedControl
              aria-label={t('returns.fields.approvalMode')}
              data={(['now', 'request'] as const).map((m) => ({ value: m, label: t(`returns.approval.${m}`) }))}
              {...form.getInputProps('approvalMode')}
            />
            <SimpleGrid cols={3} spacing="sm">
              {v.approvalMode === 'now' && (
                <>
                  <NativeSelect
                    label={t('returns.fields.approver')}
                    withAsterisk
                    data={[
                      { value: '', label: '—' },
                      ...supervisors.map((c) => ({ value: c.id, label: `${c.name} ${c.employeeNo}` })),
                    ]}
                    {...field(form, 'approverId')}
                  />
                  <PasswordInput label={t('returns.fields.pin')} withAsterisk {...field(form, 'pin')} />
                </>
              )}
              <TextInput
                label={t(v.approvalMode === 'now' ? 'returns.fields.exceptionReason' : 'returns.fields.requestReason')}
                withAsterisk
                {...field(form, 'exceptionReason')}
              />
            </SimpleGrid>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={requestClose}>
            {t('returns.actions.cancel')}
          </Button>
          <Button type="submit" loading={register.isPending}>
            {t('returns.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
