import { Checkbox, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  closeRepairInput,
  completeRepairInput,
  dispatchRepairInput,
  followUpRepairInput,
  type RepairOrderDetail,
  type RepairOrderView,
  reopensOrder,
  repairSatisfactionValues as satisfactionValues,
} from '../../../../shared/contract/repairs';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { ModalForm } from '../../components/ModalForm';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';

export type RepairAction = 'dispatch' | 'complete' | 'followUp' | 'close';

interface Values {
  teamId: string;
  workDone: string;
  materials: string;
  fee: string;
  customerConfirmed: boolean;
  satisfaction: string;
  note: string;
}

const schemas = {
  dispatch: dispatchRepairInput,
  complete: completeRepairInput,
  followUp: followUpRepairInput,
  close: closeRepairInput,
} satisfies Record<RepairAction, z.ZodType>;

interface Props {
  action: RepairAction | null;
  order: RepairOrderView;
  onClose(): void;
  onDone(order: RepairOrderDetail): void;
}

/** One step of a work order in a small dialog: checked by the channel's schema at the field before it is sent. */
export function RepairActionDialog({ action, order, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const teams = useApiQuery('repairs:teams', { includeInactive: false });
  const invalidates = ['repairs:', 'audit:', 'search:'];
  const mutations = {
    dispatch: useApiMutation('repairs:dispatch', invalidates),
    complete: useApiMutation('repairs:complete', invalidates),
    followUp: useApiMutation('repairs:followUp', invalidates),
    close: useApiMutation('repairs:close', invalidates),
  };
  const form = useForm<Values>({
    initialValues: {
      teamId: '',
      workDone: '',
      materials: '',
      fee: '',
      customerConfirmed: true,
      satisfaction: '',
      note: '',
    },
  });
  if (!action) return null;
  const values = form.getValues();
  const payload = { ...values, id: order.id };
  const submit = () => {
    const parsed = schemas[action].safeParse(payload);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        if (!(path in errors)) errors[path] = issue.message;
      }
      form.setErrors(errors);
      return;
    }
    const options = {
      onSuccess: (done: RepairOrderDetail) => {
        form.reset();
        onDone(done);
      },
      onError: (e: unknown) => showApiError(e, form),
    };
    if (action === 'dispatch')
      mutations.dispatch.mutate({ id: order.id, teamId: values.teamId, note: values.note }, options);
    if (action === 'complete')
      mutations.complete.mutate(
        {
          id: order.id,
          workDone: values.workDone,
          materials: values.materials,
          fee: values.fee,
          customerConfirmed: values.customerConfirmed,
        },
        options,
      );
    if (action === 'followUp')
      mutations.followUp.mutate(
        { id: order.id, satisfaction: values.satisfaction as (typeof satisfactionValues)[number], note: values.note },
        options,
      );
    if (action === 'close') mutations.close.mutate({ id: order.id, note: values.note }, options);
  };
  const option = (value: string, label: string) => ({ value, label });
  const title = t(`repairs.actions.${action}Title`, { serial: order.serialNo });
  const reopening =
    action === 'followUp' && satisfactionValues.some((s) => s === values.satisfaction && reopensOrder(s));
  return (
    <ModalForm
      opened
      title={title}
      dirty={form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      save={t('repairs.actions.save')}
      busy={Object.values(mutations).some((m) => m.isPending)}
    >
      {action === 'dispatch' && (
        <NativeSelect
          label={t('repairs.fields.team')}
          data-autofocus
          data={[
            option('', '—'),
            ...(teams.data ?? []).map((x) => option(x.id, x.phone ? `${x.name}（${x.phone}）` : x.name)),
          ]}
          {...field(form, 'teamId')}
        />
      )}
      {action === 'complete' && (
        <>
          <Textarea
            label={t('repairs.fields.workDone')}
            data-autofocus
            autosize
            minRows={2}
            {...field(form, 'workDone')}
          />
          <TextInput label={t('repairs.fields.materials')} {...field(form, 'materials')} />
          <TextInput
            label={t('repairs.fields.fee')}
            placeholder={t('repairs.fields.feeHint')}
            {...field(form, 'fee')}
          />
          <Checkbox label={t('repairs.fields.customerConfirmed')} {...field(form, 'customerConfirmed', 'checkbox')} />
        </>
      )}
      {action === 'followUp' && (
        <>
          <NativeSelect
            label={t('repairs.fields.satisfaction')}
            data-autofocus
            data={[
              option('', '—'),
              ...satisfactionValues.map((s) => option(s, t(labelKey('repairs', 'satisfaction', s)))),
            ]}
            {...field(form, 'satisfaction')}
          />
          <Text size="xs" c={reopening ? 'red' : 'dimmed'}>
            {t('repairs.actions.reopenHint')}
          </Text>
        </>
      )}
      {action !== 'complete' && (
        <Textarea
          label={action === 'followUp' ? t('repairs.fields.followUpNote') : t('repairs.fields.note')}
          autosize
          {...field(form, 'note')}
        />
      )}
    </ModalForm>
  );
}
