import { Alert, Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type GiftRecordView, redeemInput } from '../../../../shared/contract/gifts';
import { formatMoney } from '../../../../shared/contract/money';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { CampaignSelect } from './CampaignSelect';

interface RedeemValues {
  campaignId: string;
  itemId: string;
  customerName: string;
  phone: string;
  receipts: string;
  amount: string;
}

const empty: RedeemValues = { campaignId: '', itemId: '', customerName: '', phone: '', receipts: '', amount: '' };

/**
 * 赠品兑换: the campaign and gift, the customer, the receipts scanned or typed and their total. The campaign and gift
 * stay chosen for the next customer.
 */
export function RedeemForm() {
  const { t } = useTranslation();
  const campaigns = useApiQuery('gifts:campaigns', { includeInactive: false });
  const redeem = useApiMutation('gifts:redeem', ['gifts:', 'search:']);
  const form = useForm<RedeemValues>({ initialValues: empty });
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const values = form.getValues();
  const list = campaigns.data ?? [];
  const campaign = list.find((c) => c.id === values.campaignId);
  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? translateMessage(error) : undefined;
  };
  const submit = () => {
    const checked = checkWith(redeemInput, form.getValues());
    if (!checked.ok) return form.setErrors(checked.errors);
    redeem.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (given: GiftRecordView) => {
          notifications.show({ color: 'green', message: t('gifts.form.redeemed', { serial: given.serialNo }) });
          form.setValues({ ...empty, campaignId: values.campaignId, itemId: values.itemId });
          form.resetDirty();
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  return (
    <form
      aria-label={t('gifts.form.redeemTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{t('gifts.form.redeemTitle')}</Title>
        <FormRefusal message={submission.refusal} />
        <CampaignSelect
          autoFocus
          campaigns={list}
          campaignId={values.campaignId}
          itemId={values.itemId}
          itemLabel={t('gifts.fields.gift')}
          campaignError={errorOf('campaignId')}
          itemError={errorOf('itemId')}
          onCampaign={(id) => form.setValues({ campaignId: id, itemId: '' })}
          onItem={(id) => form.setFieldValue('itemId', id)}
        />
        {campaigns.isSuccess && list.length === 0 && (
          <Alert py={4} color="yellow">
            {t('gifts.form.noCampaigns')}
          </Alert>
        )}
        {campaign && (
          <Alert py={4} color="blue">
            {t('gifts.form.rule', {
              amount: formatMoney(campaign.thresholdFen),
              count: campaign.perPersonPerDay,
              from: campaign.startDay,
              to: campaign.endDay,
            })}
          </Alert>
        )}
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('gifts.fields.customerName')} {...field(form, 'customerName')} />
          <TextInput label={t('gifts.fields.phone')} inputMode="tel" {...field(form, 'phone')} />
        </Group>
        <Textarea
          autosize
          minRows={2}
          label={t('gifts.fields.receipts')}
          description={t('gifts.form.receiptsHint')}
          {...field(form, 'receipts')}
        />
        <TextInput label={t('gifts.fields.amount')} inputMode="decimal" {...field(form, 'amount')} />
        <Group justify="flex-end">
          <Button type="submit" loading={redeem.isPending}>
            {t('gifts.form.redeem')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
