import { Button, Group, NativeSelect, NumberInput, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type GiftCampaignView, stockMoveInput } from '../../../../shared/contract/gifts';
import { useApiMutation } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';

interface StockValues {
  itemId: string;
  direction: 'in' | 'out';
  quantity: number | '';
  source: string;
}

/** 入库 from whom (企划部, a sponsor) or 退回 to whom: a count of one gift of the campaign. */
export function StockForm({ campaign }: { campaign: GiftCampaignView }) {
  const { t } = useTranslation();
  const move = useApiMutation('gifts:stock', ['gifts:']);
  const form = useForm<StockValues>({ initialValues: { itemId: '', direction: 'in', quantity: '', source: '' } });
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const values = form.getValues();
  const submit = () => {
    const v = form.getValues();
    const checked = checkWith(stockMoveInput, {
      itemId: v.itemId,
      direction: v.direction,
      quantity: v.quantity === '' ? Number.NaN : v.quantity,
      source: v.source,
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    move.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        () => {
          notifications.show({ color: 'green', message: t('gifts.stock.saved') });
          form.setValues({ quantity: '' });
          form.resetDirty();
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  return (
    <form
      aria-label={t('gifts.stock.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={5}>{t('gifts.stock.title')}</Title>
        <FormRefusal message={submission.refusal} />
        <SegmentedControl
          aria-label={t('gifts.stock.direction')}
          data={(['in', 'out'] as const).map((k) => ({ value: k, label: t(labelKey('gifts', 'moveKind', k)) }))}
          {...form.getInputProps('direction')}
        />
        <Group grow gap="xs" align="flex-start">
          <NativeSelect
            label={t('gifts.fields.gift')}
            data={[
              { value: '', label: '—' },
              ...campaign.items.map((i) => ({
                value: i.id,
                label: t('gifts.form.itemOption', { name: i.name, stock: i.stock }),
              })),
            ]}
            {...field(form, 'itemId')}
          />
          <NumberInput label={t('gifts.fields.quantity')} min={1} allowDecimal={false} {...field(form, 'quantity')} />
        </Group>
        <TextInput
          label={values.direction === 'in' ? t('gifts.stock.from') : t('gifts.stock.to')}
          {...field(form, 'source')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={move.isPending}>
            {t('gifts.stock.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
