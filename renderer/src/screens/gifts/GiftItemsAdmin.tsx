import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type GiftCampaignView, giftItemInput } from '../../../../shared/contract/gifts';
import { useApiMutation } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

interface ItemValues {
  id: string | null;
  /** The version the form was opened on: a save over a newer one is refused, naming who changed it. */
  version: number | null;
  name: string;
  active: boolean;
}

const blank: ItemValues = { id: null, version: null, name: '', active: true };

/** The gifts and prizes of one campaign: a click on one edits it; stock moves on the ledger tab. */
export function GiftItemsAdmin({ campaign }: { campaign: GiftCampaignView }) {
  const { t } = useTranslation();
  const save = useApiMutation('gifts:saveItem', ['gifts:', 'audit:']);
  const form = useForm<ItemValues>({ initialValues: blank });
  const title = form.getValues().id ? t('gifts.admin.editGift') : t('gifts.admin.addGift');
  const submit = () => {
    const checked = checkWith(giftItemInput, { ...form.getValues(), campaignId: campaign.id });
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(checked.input, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('gifts.admin.giftSaved', { name: form.getValues().name }) });
        form.setValues(blank);
        form.resetDirty();
      },
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <form
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={5}>{title}</Title>
        <Group gap={6}>
          {campaign.items.map((i) => (
            <Button
              key={i.id}
              size="compact-xs"
              variant={i.active ? 'light' : 'default'}
              onClick={() => form.setValues({ id: i.id, version: i.version, name: i.name, active: i.active })}
            >
              {i.name}
            </Button>
          ))}
          {campaign.items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('gifts.admin.noGifts')}
            </Text>
          )}
        </Group>
        <TextInput label={t('gifts.fields.gift')} {...field(form, 'name')} />
        <Checkbox label={t('gifts.fields.active')} {...field(form, 'active', 'checkbox')} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('gifts.admin.saveGift')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
