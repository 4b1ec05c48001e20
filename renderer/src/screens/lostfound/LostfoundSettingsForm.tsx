import { Button, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type LostfoundSettings, lostfoundSettingsInput } from '../../../../shared/contract/lostfound';
import { useApiMutation } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { checkWith } from './formModel';

/** A supervisor sets the keeping period: after it unclaimed items may go to the police or be disposed of. */
export function LostfoundSettingsForm({ settings }: { settings: LostfoundSettings }) {
  const { t } = useTranslation();
  const save = useApiMutation('lostfound:saveSettings', ['lostfound:']);
  const form = useForm({ initialValues: { keepDays: String(settings.keepDays) } });
  const submit = () => {
    const text = form.getValues().keepDays.trim();
    const checked = checkWith(lostfoundSettingsInput, { keepDays: /^\d+$/.test(text) ? Number(text) : Number.NaN });
    if (!checked.ok)
      return form.setErrors(checked.errors.keepDays ? checked.errors : { keepDays: 'errors.wholeNumber' });
    save.mutate(checked.input, {
      onSuccess: () => notifications.show({ color: 'green', message: t('lostfound.admin.saved') }),
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <form
      aria-label={t('lostfound.tabs.admin')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={5}>{t('lostfound.tabs.admin')}</Title>
        <TextInput label={t('lostfound.fields.keepDays')} inputMode="numeric" w={200} {...field(form, 'keepDays')} />
        <Button type="submit" w={120} loading={save.isPending}>
          {t('lostfound.admin.save')}
        </Button>
      </Stack>
    </form>
  );
}
