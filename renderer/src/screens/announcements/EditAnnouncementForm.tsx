import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type AnnouncementView, updateAnnouncementInput } from '../../../../shared/contract/announcements';
import { useApiMutation } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

/** A correction of what was logged, based on the version shown: main refuses it if someone changed it since. */
export function EditAnnouncementForm({ item, onDone }: { item: AnnouncementView; onDone(): void }) {
  const { t } = useTranslation();
  const update = useApiMutation('announcements:update', ['announcements:', 'audit:']);
  const lostChild = item.kind === 'lost_child';
  const form = useForm({
    initialValues: {
      text: item.text,
      requesterName: item.requesterName,
      requesterPhone: item.requesterPhone,
      childDescription: item.childDescription,
      lastSeenPlace: item.lastSeenPlace,
    },
  });
  const submit = () => {
    const checked = checkWith(updateAnnouncementInput, { id: item.id, version: item.version, ...form.getValues() });
    if (!checked.ok) return form.setErrors(checked.errors);
    update.mutate(checked.input, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('announcements.detail.edited') });
        onDone();
      },
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <form
      aria-label={t('announcements.detail.editTitle', { serial: item.serialNo })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Textarea autosize minRows={2} label={t('announcements.fields.text')} {...field(form, 'text')} />
        {lostChild && (
          <Group grow gap="xs" align="flex-start">
            <TextInput label={t('announcements.fields.childDescription')} {...field(form, 'childDescription')} />
            <TextInput label={t('announcements.fields.lastSeenPlace')} {...field(form, 'lastSeenPlace')} />
          </Group>
        )}
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('announcements.fields.requesterName')} {...field(form, 'requesterName')} />
          <TextInput label={t('announcements.fields.requesterPhone')} {...field(form, 'requesterPhone')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('announcements.detail.editSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
