import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type AnnouncementView,
  closeLostChildInput,
  type LostChildOutcome,
  lostChildOutcomeValues,
} from '../../../../shared/contract/announcements';
import type { IdDocumentType } from '../../../../shared/contract/id-documents';
import { useApiMutation } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { IdTypeSelect } from '../../components/IdTypeSelect';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

interface CloseValues {
  outcome: LostChildOutcome;
  handedToName: string;
  handedToRelation: string;
  idType: IdDocumentType;
  idNumber: string;
  note: string;
}

/** 结案: to a guardian (who, relation, ID checked and kept masked), to the police or otherwise with a note. */
export function CloseCaseForm({ item, onClosed }: { item: AnnouncementView; onClosed(item: AnnouncementView): void }) {
  const { t } = useTranslation();
  const close = useApiMutation('announcements:close', ['announcements:', 'audit:']);
  const form = useForm<CloseValues>({
    initialValues: {
      outcome: 'guardian',
      handedToName: item.requesterName,
      handedToRelation: '',
      idType: 'resident_id',
      idNumber: '',
      note: '',
    },
  });
  const toGuardian = form.getValues().outcome === 'guardian';
  const submit = () => {
    const v = form.getValues();
    const guardian = v.outcome === 'guardian';
    const checked = checkWith(closeLostChildInput, {
      id: item.id,
      version: item.version,
      outcome: v.outcome,
      handedToName: guardian ? v.handedToName : '',
      handedToRelation: guardian ? v.handedToRelation : '',
      idType: guardian ? v.idType : null,
      idNumber: guardian ? v.idNumber : '',
      note: v.note,
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    close.mutate(checked.input, {
      onSuccess: (after) => {
        notifications.show({ color: 'green', message: t('announcements.detail.closed', { serial: after.serialNo }) });
        onClosed(after);
      },
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <form
      aria-label={t('announcements.detail.closeTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={5}>{t('announcements.detail.closeTitle')}</Title>
        <NativeSelect
          label={t('announcements.fields.outcome')}
          data={labelOptions(t, 'announcements', 'outcome', lostChildOutcomeValues)}
          {...field(form, 'outcome')}
        />
        {toGuardian && (
          <>
            <Group grow gap="xs" align="flex-start">
              <TextInput label={t('announcements.fields.handedToName')} {...field(form, 'handedToName')} />
              <TextInput label={t('announcements.fields.handedToRelation')} {...field(form, 'handedToRelation')} />
            </Group>
            <Group grow gap="xs" align="flex-start">
              <IdTypeSelect label={t('announcements.fields.idType')} {...field(form, 'idType')} />
              <TextInput label={t('announcements.fields.idNumber')} {...field(form, 'idNumber')} />
            </Group>
          </>
        )}
        <TextInput label={t('announcements.fields.note')} {...field(form, 'note')} />
        <Group justify="flex-end">
          <Button type="submit" color="green" loading={close.isPending}>
            {t('announcements.detail.closeSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
