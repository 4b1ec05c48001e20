import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { renovationSettingsSchema } from '../../../../shared/contract/renovations';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

/** The documents a permit needs seen before approval, one a line; a supervisor keeps them. */
export function ChecklistPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useApiQuery('renovations:settings', {});
  const save = useApiMutation('renovations:saveSettings', ['renovations:', 'audit:']);
  const form = useForm({ initialValues: { text: '' } });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the stored list changes
  useEffect(() => {
    if (!settings.data) return;
    form.setInitialValues({ text: settings.data.documents.join('\n') });
    form.reset();
  }, [settings.data]);
  const submit = () => {
    const documents = form
      .getValues()
      .text.split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const checked = checkWith(renovationSettingsSchema, { documents });
    if (!checked.ok) return form.setErrors({ text: Object.values(checked.errors)[0] ?? 'errors.invalid' });
    save.mutate(checked.input, {
      onSuccess: () => notifications.show({ color: 'green', message: t('renovations.checklist.saved') }),
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <form
      aria-label={t('renovations.checklist.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs" maw={560}>
        <Title order={5}>{t('renovations.checklist.title')}</Title>
        <Text size="sm" c="dimmed">
          {canEdit ? t('renovations.checklist.hint') : t('renovations.checklist.readOnly')}
        </Text>
        <Textarea
          label={t('renovations.checklist.title')}
          autosize
          minRows={5}
          readOnly={!canEdit}
          {...field(form, 'text')}
        />
        {canEdit && (
          <Button type="submit" size="xs" w="fit-content" loading={save.isPending}>
            {t('renovations.checklist.save')}
          </Button>
        )}
      </Stack>
    </form>
  );
}
