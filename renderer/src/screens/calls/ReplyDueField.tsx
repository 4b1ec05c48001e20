import { Button, Checkbox, Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ReplyByPreset, replyByPreset } from '../../../../shared/contract/desk-hours';
import { useApiQuery } from '../../api/hooks';
import { field } from '../../lib/formFields';
import { formatDateTime } from '../../lib/time';
import type { CallFormValues } from './callFormModel';

const presets: ReplyByPreset[] = ['in30m', 'in2h', 'closing'];

/** "Reply needed" and by when: typed, or one of the quick choices a clerk promises most. */
export function ReplyDueField({ form, timeZone }: { form: UseFormReturnType<CallFormValues>; timeZone: string }) {
  const { t } = useTranslation();
  // The hours and closed days the service counts deadlines over: a choice is offered once they are in.
  const desk = useApiQuery('settings:deskHours', {});
  const needed = form.getValues().replyNeeded;
  const choose = (preset: ReplyByPreset) => {
    if (desk.data)
      form.setFieldValue('replyDueAt', formatDateTime(replyByPreset(desk.data, preset, Date.now()), timeZone));
  };
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" mih={60}>
      <Checkbox
        mt={30}
        label={t('calls.fields.replyNeeded')}
        {...field(form, 'replyNeeded', 'checkbox')}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          form.setFieldValue('replyNeeded', checked);
          // A promise without a time is refused; offer the commonest one so Enter saves at once.
          if (checked && !form.getValues().replyDueAt) choose('in2h');
        }}
      />
      {needed && (
        <>
          <TextInput label={t('calls.fields.replyDueAt')} w={170} {...field(form, 'replyDueAt')} />
          <Group gap={4} mt={25} wrap="nowrap">
            {presets.map((p) => (
              <Button key={p} size="compact-xs" variant="light" disabled={!desk.data} onClick={() => choose(p)}>
                {t(`calls.due.${p}`)}
              </Button>
            ))}
          </Group>
        </>
      )}
    </Group>
  );
}
