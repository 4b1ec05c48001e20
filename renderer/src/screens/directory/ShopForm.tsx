import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type DirectoryShopView,
  directoryCategoryValues,
  type ShopInput,
  shopInput,
} from '../../../../shared/contract/directory';
import { invoke } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useStaleEdit } from '../../lib/staleEdit';

type Values = Required<Omit<ShopInput, 'id' | 'version'>>;
const blank: Values = {
  name: '',
  category: 'fashion',
  floor: '',
  unitNo: '',
  phone: '',
  opensAt: '10:00',
  closesAt: '22:00',
  note: '',
};
const valuesOf = (s: DirectoryShopView): Values => ({
  name: s.name,
  category: s.category,
  floor: s.floor,
  unitNo: s.unitNo,
  phone: s.phone,
  opensAt: s.opensAt,
  closesAt: s.closesAt,
  note: s.note,
});

/** A supervisor adds a shop or edits one, based on the version shown (a stale edit says who changed what). */
export function ShopForm({
  shop,
  onClose,
  onSaved,
}: {
  shop: DirectoryShopView | 'new';
  onClose(): void;
  onSaved(saved: DirectoryShopView): void;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('directory:saveShop', ['directory:', 'settings:', 'audit:', 'search:']);
  const form = useForm<Values>({ initialValues: shop === 'new' ? blank : valuesOf(shop) });
  const stale = useStaleEdit(shop === 'new' ? null : shop, {
    module: 'directory',
    reload: (id) => invoke('directory:getShop', { id }),
    onReloaded: (current) => form.setValues(valuesOf(current)),
  });
  const submit = () => {
    const record = stale.record;
    const checked = checkWith(shopInput, {
      ...form.getValues(),
      id: record?.id ?? null,
      version: record?.version ?? null,
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    stale.setRefusal(null);
    save.mutate(checked.input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('directory.form.savedShop', { name: saved.name }) });
        onSaved(saved);
      },
      onError: (e) => {
        if (!stale.handled(e)) showApiError(e, form, stale.setRefusal);
      },
    });
  };
  const title = shop === 'new' ? t('directory.form.addShop') : t('directory.form.editShop', { name: shop.name });
  return (
    <FormModal opened title={title} dirty={form.isDirty()} onClose={onClose}>
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <FormRefusal message={stale.refusal} />
          <Group grow align="flex-start">
            <TextInput label={t('directory.fields.name')} data-autofocus {...field(form, 'name')} />
            <NativeSelect
              label={t('directory.fields.category')}
              data={labelOptions(t, 'directory', 'category', directoryCategoryValues)}
              {...field(form, 'category')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('directory.fields.floor')} {...field(form, 'floor')} />
            <TextInput label={t('directory.fields.unitNo')} {...field(form, 'unitNo')} />
            <TextInput label={t('directory.fields.phone')} {...field(form, 'phone')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('directory.fields.opensAt')} placeholder="10:00" {...field(form, 'opensAt')} />
            <TextInput label={t('directory.fields.closesAt')} placeholder="22:00" {...field(form, 'closesAt')} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('directory.form.hoursHint')}
          </Text>
          <TextInput label={t('directory.fields.note')} {...field(form, 'note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('directory.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
