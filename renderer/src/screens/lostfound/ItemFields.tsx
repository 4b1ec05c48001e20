import { Group, NativeSelect, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lostfoundCategoryValues,
  lostfoundFinderKindValues,
  lostfoundValueClassValues,
} from '../../../../shared/contract/lostfound';
import { labelOptions } from '../../app/labels';
import { translateMessage } from '../../i18n';
import { field } from '../../lib/formFields';
import type { ItemValues } from './formModel';
import { PhotoPicker } from './PhotoPicker';

/** The fields of a found item, the same for registering it and for correcting it later. */
export function ItemFields({
  form,
  firstRef,
  autoFocus = false,
}: {
  form: UseFormReturnType<ItemValues>;
  firstRef?: RefObject<HTMLSelectElement | null>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const values = form.getValues();
  const photoError = typeof form.errors.photo === 'string' ? translateMessage(form.errors.photo) : null;
  return (
    <>
      <Group grow gap="xs" align="flex-start">
        <NativeSelect
          ref={firstRef}
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          label={t('lostfound.fields.category')}
          data={labelOptions(t, 'lostfound', 'category', lostfoundCategoryValues)}
          {...field(form, 'category')}
        />
        <NativeSelect
          label={t('lostfound.fields.valueClass')}
          data={labelOptions(t, 'lostfound', 'valueClass', lostfoundValueClassValues)}
          {...field(form, 'valueClass')}
        />
        {values.category === 'cash' && (
          <TextInput label={t('lostfound.fields.cash')} inputMode="decimal" {...field(form, 'cash')} />
        )}
      </Group>
      <TextInput label={t('lostfound.fields.description')} {...field(form, 'description')} />
      <Group grow gap="xs" align="flex-start">
        <TextInput label={t('lostfound.fields.colour')} {...field(form, 'colour')} />
        <TextInput label={t('lostfound.fields.brand')} {...field(form, 'brand')} />
      </Group>
      <Group grow gap="xs" align="flex-start">
        <TextInput label={t('lostfound.fields.foundPlace')} {...field(form, 'foundPlace')} />
        <TextInput
          label={t('lostfound.fields.foundAt')}
          placeholder={t('lostfound.fields.foundAtHint')}
          {...field(form, 'foundAt')}
        />
      </Group>
      <Group grow gap="xs" align="flex-start">
        <NativeSelect
          label={t('lostfound.fields.finderKind')}
          data={labelOptions(t, 'lostfound', 'finderKind', lostfoundFinderKindValues).filter(
            (o) => o.value !== 'storage' || values.finderKind === 'storage',
          )}
          {...field(form, 'finderKind')}
        />
        <TextInput label={t('lostfound.fields.finderName')} {...field(form, 'finderName')} />
        <TextInput label={t('lostfound.fields.finderPhone')} inputMode="tel" {...field(form, 'finderPhone')} />
      </Group>
      <Group gap="xs" align="flex-end">
        <TextInput style={{ flex: 1 }} label={t('lostfound.fields.storagePlace')} {...field(form, 'storagePlace')} />
        <PhotoPicker
          photo={values.photo}
          error={photoError}
          onChange={(photo) => {
            form.setFieldValue('photo', photo);
            form.clearFieldError('photo');
          }}
        />
      </Group>
    </>
  );
}
