import { Button, Checkbox, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { campaignInput, type GiftCampaignView } from '../../../../shared/contract/gifts';
import { formatMoney, moneyInputText } from '../../../../shared/contract/money';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ListWithSide } from '../../components/ListWithSide';
import { isStale, showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { GiftItemsAdmin } from './GiftItemsAdmin';

interface CampaignValues {
  id: string | null;
  /** The version the form was opened on: a save over a newer one is refused, naming who changed it. */
  version: number | null;
  name: string;
  startDay: string;
  endDay: string;
  threshold: string;
  perPersonPerDay: number | '';
  note: string;
  active: boolean;
}

const blank: CampaignValues = {
  id: null,
  version: null,
  name: '',
  startDay: '',
  endDay: '',
  threshold: '',
  perPersonPerDay: 1,
  note: '',
  active: true,
};

/** Supervisors keep the campaigns (days, the spend for one gift, the daily limit) and their gifts. */
export function CampaignsAdmin() {
  const { t } = useTranslation();
  const campaigns = useApiQuery('gifts:campaigns', { includeInactive: true });
  const save = useApiMutation('gifts:saveCampaign', ['gifts:', 'audit:']);
  const form = useForm<CampaignValues>({ initialValues: blank });
  const values = form.getValues();
  const editing = values.id !== null;
  const title = editing ? t('gifts.admin.edit') : t('gifts.admin.add');
  const current = (campaigns.data ?? []).find((c) => c.id === values.id);
  const edit = (c: GiftCampaignView) =>
    form.setValues({
      id: c.id,
      version: c.version,
      name: c.name,
      startDay: c.startDay,
      endDay: c.endDay,
      threshold: moneyInputText(c.thresholdFen),
      perPersonPerDay: c.perPersonPerDay,
      note: c.note,
      active: c.active,
    });
  const submit = () => {
    const v = form.getValues();
    const checked = checkWith(campaignInput, {
      ...v,
      perPersonPerDay: v.perPersonPerDay === '' ? Number.NaN : v.perPersonPerDay,
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(checked.input, {
      onSuccess: (c) => {
        notifications.show({ color: 'green', message: t('gifts.admin.saved', { name: c.name }) });
        edit(c);
        form.resetDirty();
      },
      onError: (e) => {
        showApiError(e, form);
        // Changed since the form was opened: it shows the campaign as it is now, so the change can be redone.
        if (isStale(e))
          void campaigns.refetch().then((r) => {
            const fresh = r.data?.find((c) => c.id === checked.input.id);
            if (fresh) edit(fresh);
          });
      },
    });
  };
  const rows = campaigns.data ?? [];
  return (
    <ListWithSide
      list={
        <Table striped highlightOnHover verticalSpacing={3} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('gifts.fields.campaign')}</Table.Th>
              <Table.Th>{t('gifts.ledger.days')}</Table.Th>
              <Table.Th>{t('gifts.fields.threshold')}</Table.Th>
              <Table.Th>{t('gifts.fields.perPersonPerDay')}</Table.Th>
              <Table.Th>{t('gifts.admin.gifts')}</Table.Th>
              <Table.Th>{t('gifts.admin.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id} onClick={() => edit(c)} style={{ cursor: 'pointer' }}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${c.startDay} – ${c.endDay}`}</Table.Td>
                <Table.Td>{formatMoney(c.thresholdFen)}</Table.Td>
                <Table.Td>{c.perPersonPerDay}</Table.Td>
                <Table.Td>{c.items.map((i) => i.name).join('、')}</Table.Td>
                <Table.Td>{c.active ? t('gifts.fields.active') : t('gifts.admin.inactive')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {campaigns.isSuccess && rows.length === 0 && (
            <Table.Caption>
              <Text c="dimmed" size="sm">
                {t('gifts.admin.empty')}
              </Text>
            </Table.Caption>
          )}
        </Table>
      }
      side={
        <Stack gap="md">
          <form
            aria-label={title}
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Stack gap={6}>
              <Title order={4}>{title}</Title>
              <TextInput label={t('gifts.fields.campaign')} {...field(form, 'name')} />
              <Group grow gap="xs" align="flex-start">
                <TextInput label={t('gifts.fields.startDay')} placeholder="2026-11-20" {...field(form, 'startDay')} />
                <TextInput label={t('gifts.fields.endDay')} placeholder="2026-11-30" {...field(form, 'endDay')} />
              </Group>
              <Group grow gap="xs" align="flex-start">
                <TextInput label={t('gifts.fields.threshold')} inputMode="decimal" {...field(form, 'threshold')} />
                <NumberInput
                  label={t('gifts.fields.perPersonPerDay')}
                  min={1}
                  allowDecimal={false}
                  {...field(form, 'perPersonPerDay')}
                />
              </Group>
              <TextInput label={t('gifts.fields.note')} {...field(form, 'note')} />
              <Checkbox label={t('gifts.fields.active')} {...field(form, 'active', 'checkbox')} />
              <Group justify="flex-end">
                {editing && (
                  <Button variant="subtle" onClick={() => form.setValues(blank)}>
                    {t('gifts.admin.add')}
                  </Button>
                )}
                <Button type="submit" loading={save.isPending}>
                  {t('gifts.admin.save')}
                </Button>
              </Group>
            </Stack>
          </form>
          {current && <GiftItemsAdmin key={current.id} campaign={current} />}
        </Stack>
      }
    />
  );
}
