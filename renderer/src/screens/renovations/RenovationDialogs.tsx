import { Checkbox, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  approveRenovationInput,
  inspectRenovationInput,
  type RenovationResult,
  type RenovationView,
  refundRenovationInput,
  renovationResultValues,
} from '../../../../shared/contract/renovations';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { ModalForm } from '../../components/ModalForm';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { formatFen } from '../../lib/format';
import { field } from '../../lib/formFields';

export const renovationInvalidates = ['renovations:', 'passes:', 'audit:', 'search:'];

export type RenovationDialog = 'approve' | 'inspect' | 'refund';

interface DialogProps {
  permit: RenovationView;
  opened: boolean;
  onClose(): void;
  onDone(what: string): void;
}

/** One modal form of an action on a permit: its values checked by the channel's schema before it is sent. */
function ActionForm<S extends z.ZodType, V extends object>(props: {
  title: string;
  opened: boolean;
  form: UseFormReturnType<V>;
  schema: S;
  /** The channel's input from the form's values. */
  input(): z.input<S>;
  busy: boolean;
  save: string;
  send(input: z.input<S>): void;
  onClose(): void;
  children: ReactNode;
}) {
  const { title, opened, form, schema, input, busy, save, send, onClose, children } = props;
  const submit = () => {
    const checked = checkWith(schema, input());
    if (!checked.ok) return form.setErrors(checked.errors);
    send(checked.input);
  };
  return (
    <ModalForm
      opened={opened}
      title={title}
      dirty={form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      save={save}
      busy={busy}
    >
      {children}
    </ModalForm>
  );
}

/** 审批: the lead ticks the documents still to be seen; approval needs the whole checklist. */
export function ApproveDialog({ permit, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const approve = useApiMutation('renovations:approve', renovationInvalidates);
  const checklist = useApiQuery('renovations:settings', {});
  const form = useForm({ initialValues: { documents: permit.documents, note: '' } });
  return (
    <ActionForm
      title={t('renovations.approveDialog.title', { serial: permit.serialNo })}
      opened={opened}
      form={form}
      schema={approveRenovationInput}
      input={() => ({ ...form.getValues(), id: permit.id, version: permit.version })}
      busy={approve.isPending}
      save={t('renovations.approveDialog.save')}
      send={(input) =>
        approve.mutate(input, {
          onSuccess: () => onDone(t('renovations.detail.approve')),
          onError: (e) => showApiError(e, form),
        })
      }
      onClose={onClose}
    >
      <Checkbox.Group
        label={t('renovations.fields.documents')}
        description={t('renovations.approveDialog.hint')}
        {...field(form, 'documents')}
      >
        <Stack gap={4} mt={4}>
          {(checklist.data?.documents ?? []).map((d) => (
            <Checkbox key={d} size="xs" value={d} label={d} />
          ))}
        </Stack>
      </Checkbox.Group>
      <TextInput label={t('renovations.fields.note')} {...field(form, 'note')} />
    </ActionForm>
  );
}

/** 验收: passed, or failed with the defects. */
export function InspectDialog({ permit, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const inspect = useApiMutation('renovations:inspect', renovationInvalidates);
  const form = useForm<{ result: RenovationResult; defects: string }>({
    initialValues: { result: 'passed', defects: '' },
  });
  return (
    <ActionForm
      title={t('renovations.inspectDialog.title', { serial: permit.serialNo })}
      opened={opened}
      form={form}
      schema={inspectRenovationInput}
      input={() => ({ ...form.getValues(), id: permit.id, version: permit.version })}
      busy={inspect.isPending}
      save={t('renovations.inspectDialog.save')}
      send={(input) =>
        inspect.mutate(input, {
          onSuccess: () => onDone(t('renovations.detail.inspect')),
          onError: (e) => showApiError(e, form),
        })
      }
      onClose={onClose}
    >
      <SegmentedControl
        size="xs"
        aria-label={t('renovations.fields.result')}
        data={labelOptions(t, 'renovations', 'result', renovationResultValues)}
        {...form.getInputProps('result')}
      />
      <Textarea
        data-autofocus
        label={t('renovations.fields.defects')}
        autosize
        minRows={2}
        {...field(form, 'defects')}
      />
    </ActionForm>
  );
}

/** 退押金: all of it when left empty; keeping part needs the reason. */
export function RefundDialog({ permit, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const refund = useApiMutation('renovations:refund', renovationInvalidates);
  const form = useForm({ initialValues: { refund: '', reason: '' } });
  return (
    <ActionForm
      title={t('renovations.refundDialog.title', { serial: permit.serialNo })}
      opened={opened}
      form={form}
      schema={refundRenovationInput}
      input={() => ({ ...form.getValues(), id: permit.id, version: permit.version })}
      busy={refund.isPending}
      save={t('renovations.refundDialog.save')}
      send={(input) =>
        refund.mutate(input, {
          onSuccess: () => onDone(t('renovations.detail.refund')),
          onError: (e) => showApiError(e, form),
        })
      }
      onClose={onClose}
    >
      <Text size="sm">{t('renovations.refundDialog.deposit', { amount: formatFen(permit.depositFen) })}</Text>
      <TextInput
        data-autofocus
        label={t('renovations.fields.refund')}
        placeholder={t('renovations.fields.refundHint')}
        {...field(form, 'refund')}
      />
      <TextInput label={t('renovations.fields.reason')} {...field(form, 'reason')} />
    </ActionForm>
  );
}
