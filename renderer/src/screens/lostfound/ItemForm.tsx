import { Alert, Button, FileButton, Group, Image, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isValuable,
  lostfoundCategoryValues,
  lostfoundFinderKindValues,
  lostfoundValueClassValues,
} from '../../../../shared/contract/lostfound';
import { useApiMutation } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { emptyItem, type ItemValues, toItemInput } from './formModel';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** 失物登记 in one form; Enter saves, and the form is ready for the next item at once. */
export function ItemForm({ timeZone, onSaved }: { timeZone: string; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const register = useApiMutation('lostfound:register', ['lostfound:']);
  // Re-sent after a lost answer, the same item is not registered twice.
  const submission = useSubmission();
  const form = useForm<ItemValues>({ initialValues: emptyItem });
  const [confirming, setConfirming] = useState(false);
  const firstRef = useRef<HTMLSelectElement>(null);
  const values = form.getValues();
  const valuable = isValuable(values.category, values.valueClass);

  const submit = () => {
    const checked = toItemInput(form.getValues(), timeZone);
    if (!checked.ok) return form.setErrors(checked.errors);
    register.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (item) => {
          notifications.show({ color: 'green', message: t('lostfound.form.saved', { serial: item.serialNo }) });
          form.reset();
          onSaved(item.id);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    if (form.isDirty()) setConfirming(true);
  };
  const photoError = typeof form.errors.photo === 'string' ? translateMessage(form.errors.photo) : null;
  return (
    <form
      aria-label={t('lostfound.form.title')}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{t('lostfound.form.title')}</Title>
        <FormRefusal message={submission.refusal} />
        <Group grow gap="xs" align="flex-start">
          <NativeSelect
            ref={firstRef}
            autoFocus
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
              (o) => o.value !== 'storage',
            )}
            {...field(form, 'finderKind')}
          />
          <TextInput label={t('lostfound.fields.finderName')} {...field(form, 'finderName')} />
          <TextInput label={t('lostfound.fields.finderPhone')} inputMode="tel" {...field(form, 'finderPhone')} />
        </Group>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label={t('lostfound.fields.storagePlace')} {...field(form, 'storagePlace')} />
          <FileButton
            accept="image/png,image/jpeg,image/webp"
            onChange={(file) => {
              if (!file) return;
              void readAsDataUrl(file).then((url) => {
                form.setFieldValue('photo', url);
                form.clearFieldError('photo');
              });
            }}
          >
            {(props) => (
              <Button variant="default" {...props}>
                {t('lostfound.fields.photoPick')}
              </Button>
            )}
          </FileButton>
          {values.photo && (
            <>
              <Image src={values.photo} alt={t('lostfound.fields.photo')} h={36} w={48} fit="cover" radius="sm" />
              <Button variant="subtle" size="xs" onClick={() => form.setFieldValue('photo', null)}>
                {t('lostfound.fields.photoClear')}
              </Button>
            </>
          )}
        </Group>
        {photoError && (
          <Text c="red" size="xs">
            {photoError}
          </Text>
        )}
        {valuable && (
          <Alert py={4} color="yellow">
            {t('lostfound.form.valuable')}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => (form.isDirty() ? setConfirming(true) : undefined)}>
            {t('lostfound.form.clear')}
          </Button>
          <Button type="submit" loading={register.isPending}>
            {t('lostfound.form.save')}
          </Button>
        </Group>
      </Stack>
      <DiscardConfirm
        opened={confirming}
        onKeep={() => setConfirming(false)}
        onDiscard={() => {
          setConfirming(false);
          form.reset();
          firstRef.current?.focus();
        }}
      />
    </form>
  );
}
