import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type CustomerFileView, planRevisitInput, type RevisitPlanView } from '../../../../shared/contract/customers';
import { useApiMutation } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { parseSiteDay } from '../../lib/time';

interface PlanValues {
  phone: string;
  dueAt: string;
  reason: string;
}

/** 计划回访 by hand for this file: which number, which day, why. */
export function PlanDialog(props: { file: CustomerFileView; timeZone: string; opened: boolean; onClose(): void }) {
  const { file, timeZone, opened, onClose } = props;
  const { t } = useTranslation();
  const plan = useApiMutation('customers:plan', ['customers:']);
  const form = useForm<PlanValues>({ initialValues: { phone: file.phones[0]?.phone ?? '', dueAt: '', reason: '' } });
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const submit = () => {
    const v = form.getValues();
    const dueAt = parseSiteDay(v.dueAt, timeZone);
    const checked = checkWith(
      planRevisitInput,
      { customerId: file.id, phone: v.phone, dueAt: dueAt ?? Number.NaN, reason: v.reason },
      dueAt === undefined || dueAt === null
        ? { dueAt: dueAt === null ? 'errors.required' : 'customers.call.dateFormat' }
        : {},
    );
    if (!checked.ok) return form.setErrors(checked.errors);
    plan.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (saved: RevisitPlanView) => {
          notifications.show({ color: 'green', message: t('customers.planForm.done', { serial: saved.serialNo }) });
          form.reset();
          onClose();
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  return (
    <FormModal opened={opened} title={t('customers.planForm.title')} dirty={form.isDirty()} onClose={onClose}>
      <form
        aria-label={t('customers.planForm.title')}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <FormRefusal message={submission.refusal} />
          <NativeSelect
            label={t('customers.fields.phone')}
            data={file.phones.map((p, i) => ({ value: p.phone, label: file.phonesMasked[i] ?? '' }))}
            {...field(form, 'phone')}
          />
          <TextInput
            data-autofocus
            label={t('customers.planForm.dueAt')}
            placeholder={t('customers.call.dateHint')}
            {...field(form, 'dueAt')}
          />
          <TextInput label={t('customers.planForm.reason')} {...field(form, 'reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={plan.isPending}>
              {t('customers.planForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
