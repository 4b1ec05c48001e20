import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  disposeInput,
  type LostfoundDisposal,
  type LostfoundItemView,
  lostfoundDisposalValues,
} from '../../../../shared/contract/lostfound';
import { useApiMutation } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { ApprovalFields } from '../storage/ApprovalFields';
import { checkWith } from './formModel';

interface DisposeValues {
  to: LostfoundDisposal;
  reason: string;
  approverId: string;
  approverPin: string;
}

const approvalField: Record<string, string> = {
  'approval.clerkId': 'approverId',
  'approval.pin': 'approverPin',
  approverId: 'approverId',
  pin: 'approverPin',
};

/** After the keeping period: to the police or disposed of, with a supervisor's PIN and a reason on the record. */
export function DisposeDialog(props: { item: LostfoundItemView; opened: boolean; onClose(): void; onDone(): void }) {
  const { item, opened, onClose, onDone } = props;
  const { t } = useTranslation();
  const dispose = useApiMutation('lostfound:dispose', ['lostfound:', 'audit:']);
  // A refusal no field shows (another clerk claimed the item since, a lost answer) is said in the dialog.
  const submission = useSubmission();
  const form = useForm<DisposeValues>({ initialValues: { to: 'police', reason: '', approverId: '', approverPin: '' } });
  const values = form.getValues();
  const submit = () => {
    const v = form.getValues();
    const checked = checkWith(disposeInput, {
      id: item.id,
      version: item.version,
      to: v.to,
      reason: v.reason,
      approval: { clerkId: v.approverId, pin: v.approverPin },
    });
    if (!checked.ok) {
      const out: Record<string, string> = {};
      for (const [path, key] of Object.entries(checked.errors)) out[approvalField[path] ?? path] = key;
      return form.setErrors(out);
    }
    submission.setRefusal(null);
    dispose.mutate(
      { ...checked.input, __submission: submission.key },
      {
        onSuccess: () => {
          submission.renew();
          form.reset();
          onDone();
        },
        onError: (e) => {
          if (submission.handled(e)) return;
          const setFieldError = (f: string, m: string) => form.setFieldError(approvalField[f] ?? f, m);
          showApiError(
            e,
            { setFieldError, getValues: () => ({ ...form.getValues(), approval: '' }) },
            submission.setRefusal,
          );
        },
      },
    );
  };
  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? translateMessage(error) : undefined;
  };
  return (
    <FormModal
      opened={opened}
      title={t('lostfound.dispose.title', { serial: item.serialNo })}
      dirty={form.isDirty()}
      onClose={onClose}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <FormRefusal message={submission.refusal} />
          <Alert py={4} color="yellow">
            {t('lostfound.dispose.hint')}
          </Alert>
          <NativeSelect
            label={t('lostfound.fields.disposal')}
            data={labelOptions(t, 'lostfound', 'disposal', lostfoundDisposalValues)}
            {...field(form, 'to')}
          />
          <Textarea
            data-autofocus
            autosize
            minRows={2}
            label={t('lostfound.fields.reason')}
            {...field(form, 'reason')}
          />
          <ApprovalFields
            approverId={values.approverId}
            pin={values.approverPin}
            approverError={errorOf('approverId')}
            pinError={errorOf('approverPin')}
            onApprover={(v) => form.setFieldValue('approverId', v)}
            onPin={(v) => form.setFieldValue('approverPin', v)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={dispose.isPending}>
              {t('lostfound.dispose.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
