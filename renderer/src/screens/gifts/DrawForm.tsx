import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { drawInput, type GiftRecordView } from '../../../../shared/contract/gifts';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { ApprovalFields } from '../storage/ApprovalFields';
import { CampaignSelect } from './CampaignSelect';

interface DrawValues {
  campaignId: string;
  itemId: string;
  drawName: string;
  winnerName: string;
  phone: string;
  approverId: string;
  approverPin: string;
}

const empty: DrawValues = {
  campaignId: '',
  itemId: '',
  drawName: '',
  winnerName: '',
  phone: '',
  approverId: '',
  approverPin: '',
};

/** Where a refusal about the approval shows: at the approver or at the PIN. */
const approvalField: Record<string, string> = {
  'approval.clerkId': 'approverId',
  'approval.pin': 'approverPin',
  approval: 'approverId',
  pin: 'approverPin',
};

/** 抽奖登记: the draw, the winner and the prize handed out; a lead types their PIN at the counter. */
export function DrawForm() {
  const { t } = useTranslation();
  const campaigns = useApiQuery('gifts:campaigns', { includeInactive: false });
  const draw = useApiMutation('gifts:draw', ['gifts:', 'search:']);
  const form = useForm<DrawValues>({ initialValues: empty });
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const values = form.getValues();
  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? translateMessage(error) : undefined;
  };
  const setFieldError = (f: string, m: string) => form.setFieldError(approvalField[f] ?? f, m);
  const submit = () => {
    const v = form.getValues();
    const checked = checkWith(drawInput, {
      campaignId: v.campaignId,
      itemId: v.itemId,
      drawName: v.drawName,
      winnerName: v.winnerName,
      phone: v.phone,
      approval: { clerkId: v.approverId, pin: v.approverPin },
    });
    if (!checked.ok) {
      const out: Record<string, string> = {};
      for (const [path, key] of Object.entries(checked.errors)) out[approvalField[path] ?? path] = key;
      return form.setErrors(out);
    }
    draw.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (done: GiftRecordView) => {
          notifications.show({ color: 'green', message: t('gifts.form.drawn', { serial: done.serialNo }) });
          form.setValues({ ...empty, campaignId: v.campaignId, drawName: v.drawName });
          form.resetDirty();
        },
        (e) => showApiError(e, { setFieldError }, submission.setRefusal),
      ),
    );
  };
  return (
    <form
      aria-label={t('gifts.form.drawTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{t('gifts.form.drawTitle')}</Title>
        <FormRefusal message={submission.refusal} />
        <CampaignSelect
          autoFocus
          campaigns={campaigns.data ?? []}
          campaignId={values.campaignId}
          itemId={values.itemId}
          itemLabel={t('gifts.fields.prize')}
          campaignError={errorOf('campaignId')}
          itemError={errorOf('itemId')}
          onCampaign={(id) => form.setValues({ campaignId: id, itemId: '' })}
          onItem={(id) => form.setFieldValue('itemId', id)}
        />
        <TextInput
          label={t('gifts.fields.drawName')}
          placeholder={t('gifts.form.drawNameHint')}
          {...field(form, 'drawName')}
        />
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('gifts.fields.winnerName')} {...field(form, 'winnerName')} />
          <TextInput label={t('gifts.fields.phone')} inputMode="tel" {...field(form, 'phone')} />
        </Group>
        <ApprovalFields
          approverId={values.approverId}
          pin={values.approverPin}
          approverError={errorOf('approverId')}
          pinError={errorOf('approverPin')}
          onApprover={(v) => form.setFieldValue('approverId', v)}
          onPin={(v) => form.setFieldValue('approverPin', v)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={draw.isPending}>
            {t('gifts.form.draw')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
