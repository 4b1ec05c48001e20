import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { idDocumentInputTypes } from '../../../../shared/contract/id-documents';
import { claimInput, type LostfoundIdType, type LostfoundItemView } from '../../../../shared/contract/lostfound';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { ApprovalFields } from '../storage/ApprovalFields';
import { checkWith } from './formModel';

interface ClaimValues {
  claimantName: string;
  phone: string;
  idType: LostfoundIdType;
  idNumber: string;
  claimDescription: string;
  reportId: string;
  approverId: string;
  approverPin: string;
}

/** Where a refusal about the approval shows: at the approver or at the PIN. */
const approvalField: Record<string, string> = {
  'approval.clerkId': 'approverId',
  'approval.pin': 'approverPin',
  approval: 'approverId',
  approverId: 'approverId',
  pin: 'approverPin',
};

interface ClaimDialogProps {
  item: LostfoundItemView;
  opened: boolean;
  /** A report the clerk came from: preselected. */
  reportId?: string | null;
  onClose(): void;
  onClaimed(item: LostfoundItemView): void;
}

/** 认领: the claimant describes the item and shows an ID; a valuable needs a lead's PIN. */
export function ClaimDialog({ item, opened, reportId, onClose, onClaimed }: ClaimDialogProps) {
  const { t } = useTranslation();
  const claim = useApiMutation('lostfound:claim', ['lostfound:', 'audit:']);
  // A refusal no field shows (another clerk handed the item out since, a lost answer) is said in the dialog.
  const submission = useSubmission();
  const reports = useApiQuery('lostfound:reports', { openOnly: true, text: '' }, { enabled: opened });
  const form = useForm<ClaimValues>({
    initialValues: {
      claimantName: '',
      phone: '',
      idType: 'resident_id',
      idNumber: '',
      claimDescription: '',
      reportId: reportId ?? '',
      approverId: '',
      approverPin: '',
    },
  });
  const values = form.getValues();
  const setErrors = (errors: Record<string, string>) => {
    const out: Record<string, string> = {};
    for (const [path, key] of Object.entries(errors)) out[approvalField[path] ?? path] = key;
    form.setErrors(out);
  };
  const submit = () => {
    const v = form.getValues();
    const approval =
      item.valuable && (v.approverId || v.approverPin) ? { clerkId: v.approverId, pin: v.approverPin } : null;
    const input = { ...v, id: item.id, version: item.version, reportId: v.reportId || null, approval };
    const checked = checkWith(claimInput, input);
    if (!checked.ok) return setErrors(checked.errors);
    submission.setRefusal(null);
    claim.mutate(
      { ...checked.input, __submission: submission.key },
      {
        onSuccess: (after) => {
          submission.renew();
          form.reset();
          onClaimed(after);
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
      title={t('lostfound.claim.title', { serial: item.serialNo })}
      dirty={form.isDirty()}
      onClose={onClose}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <FormRefusal message={submission.refusal} />
          <Group grow gap="xs" align="flex-start">
            <TextInput data-autofocus label={t('lostfound.fields.claimantName')} {...field(form, 'claimantName')} />
            <TextInput label={t('lostfound.fields.phone')} inputMode="tel" {...field(form, 'phone')} />
          </Group>
          <Group grow gap="xs" align="flex-start">
            <NativeSelect
              label={t('lostfound.fields.idType')}
              data={labelOptions(t, 'lostfound', 'idType', idDocumentInputTypes)}
              {...field(form, 'idType')}
            />
            <TextInput label={t('lostfound.fields.idNumber')} {...field(form, 'idNumber')} />
          </Group>
          <TextInput label={t('lostfound.fields.claimDescription')} {...field(form, 'claimDescription')} />
          <NativeSelect
            label={t('lostfound.fields.report')}
            data={[
              { value: '', label: t('lostfound.claim.noReport') },
              ...(reports.data ?? []).map((r) => ({
                value: r.id,
                label: `${r.serialNo} · ${r.reporterName} · ${r.description}`,
              })),
            ]}
            {...field(form, 'reportId')}
          />
          {item.valuable && (
            <>
              <Alert py={4} color="yellow">
                {t('lostfound.claim.valuable')}
              </Alert>
              <ApprovalFields
                approverId={values.approverId}
                pin={values.approverPin}
                approverError={errorOf('approverId')}
                pinError={errorOf('approverPin')}
                onApprover={(v) => form.setFieldValue('approverId', v)}
                onPin={(v) => form.setFieldValue('approverPin', v)}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={claim.isPending}>
              {t('lostfound.claim.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
