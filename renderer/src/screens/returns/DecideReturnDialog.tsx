import { Button, Group, NativeSelect, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnView } from '../../../../shared/contract/returns';
import { hasRole } from '../../../../shared/contract/roles';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { formatFen } from '../../lib/format';
import { field } from '../../lib/formFields';

interface DecideValues {
  decision: 'approve' | 'reject';
  approverId: string;
  pin: string;
  note: string;
}

/** 审批: a supervisor approves or rejects a return sent for approval, with their PIN; Enter saves the decision. */
export function DecideReturnDialog({ request, onClose }: { request: ReturnView | null; onClose(): void }) {
  const { t } = useTranslation();
  const clerks = useApiQuery('clerks:list', { includeInactive: false });
  const decide = useApiMutation('returns:decide', ['returns:', 'audit:', 'handover:']);
  const form = useForm<DecideValues>({ initialValues: { decision: 'approve', approverId: '', pin: '', note: '' } });
  // A refusal no field shows (a decision another supervisor has already taken): in the dialog.
  const [refusal, setRefusal] = useState<string | null>(null);
  // The approval's errors arrive as approval.pin / approval.approverId; the dialog's fields are flat.
  const approvalErrorsAtFields = {
    setFieldError: (path: string, message: string) =>
      form.setFieldError(path === 'approval' ? 'approverId' : path.replace(/^approval\./, ''), message),
  };
  const supervisors = (clerks.data ?? []).filter((c) => hasRole(c.role, 'supervisor'));
  const close = () => {
    setRefusal(null);
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    if (!request) return;
    setRefusal(null);
    decide.mutate(
      {
        id: request.id,
        version: request.version,
        decision: values.decision,
        note: values.note,
        approval: { approverId: values.approverId, pin: values.pin },
      },
      {
        onSuccess: (saved) => {
          const key = saved.approvalStatus === 'approved' ? 'approvedNotice' : 'rejectedNotice';
          notifications.show({ color: 'green', message: t(`returns.approval.${key}`, { serial: saved.serialNo }) });
          close();
        },
        onError: (e) => showApiError(e, approvalErrorsAtFields, setRefusal),
      },
    );
  });
  return (
    <FormModal
      opened={request !== null}
      title={t('returns.approval.decideTitle', { serial: request?.serialNo ?? '' })}
      dirty={form.isDirty()}
      onClose={close}
    >
      {request && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <FormRefusal message={refusal} />
            <Text size="sm">
              {request.customerName} · {request.product} · {formatFen(request.amountFen)} · {request.purchaseDate}
            </Text>
            <Text size="sm" c="red">
              {request.policyReasons.map((key) => t(key)).join('；')}
            </Text>
            <Text size="sm">
              {t('returns.fields.requestReason')}：{request.exceptionReason}
            </Text>
            <SegmentedControl
              aria-label={t('returns.approval.decide')}
              data={(['approve', 'reject'] as const).map((d) => ({ value: d, label: t(`returns.approval.${d}`) }))}
              {...form.getInputProps('decision')}
            />
            <Group grow>
              <NativeSelect
                label={t('returns.fields.approver')}
                withAsterisk
                data-autofocus
                data={[
                  { value: '', label: '—' },
                  ...supervisors.map((c) => ({ value: c.id, label: `${c.name} ${c.employeeNo}` })),
                ]}
                {...field(form, 'approverId')}
              />
              <PasswordInput label={t('returns.fields.pin')} withAsterisk {...field(form, 'pin')} />
            </Group>
            <TextInput
              label={t('returns.fields.decisionNote')}
              withAsterisk={form.getValues().decision === 'reject'}
              {...field(form, 'note')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={decide.isPending}
                color={form.getValues().decision === 'reject' ? 'red' : undefined}
              >
                {t(`returns.approval.${form.getValues().decision}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
