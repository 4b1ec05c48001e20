import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maxClosedDays } from '../../../../shared/contract/settings';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { StoredValuesForm } from './StoredValuesForm';
import { useSaveWithNotice, useStoredValues } from './storedForm';

/**
 * The days the desk does not open (public holidays, the 春节 closure), one row each: a site day and its name.
 * Deadlines (a complaint's promise, a deposit's pickup, a loan due back) skip them once saved.
 */
export function ClosedDaysForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const stored = useApiQuery('settings:closedDays', {});
  const save = useApiMutation('settings:saveClosedDays', ['settings:', 'complaints:', 'storage:', 'loans:']);
  const { form } = useContractForm('settings:saveClosedDays', {
    initialValues: { version: 0, days: [] as { date: string; name: string }[] },
  });
  const loaded = useStoredValues(form, stored.data);
  const { submit, refusal } = useSaveWithNotice(save, form);
  const days = form.getValues().days;
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit} label={t('settings.closedDays.title')}>
      <Stack gap="xs" mt="xl" maw={560}>
        <Title order={6}>{t('settings.closedDays.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('settings.closedDays.hint')}
        </Text>
        <FormRefusal message={refusal} />
        {days.length === 0 && <Text size="sm">{t('settings.closedDays.none')}</Text>}
        {days.map((_day, i) => (
          <Group key={form.key(`days.${i}`)} align="flex-start" wrap="nowrap">
            <TextInput
              label={t('settings.closedDays.date')}
              placeholder="2027-02-06"
              disabled={!canEdit}
              w={160}
              {...field(form, `days.${i}.date`)}
            />
            <TextInput
              label={t('settings.closedDays.name')}
              placeholder={t('settings.closedDays.namePlaceholder')}
              disabled={!canEdit}
              style={{ flex: 1 }}
              {...field(form, `days.${i}.name`)}
            />
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={t('settings.closedDays.remove', { n: i + 1 })}
                onClick={() => form.removeListItem('days', i)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {form.errors.days && (
          <Text c="red" size="sm">
            {String(field(form, 'days').error ?? '')}
          </Text>
        )}
        {canEdit && (
          <Group>
            <Button
              variant="default"
              disabled={days.length >= maxClosedDays}
              onClick={() => form.insertListItem('days', { date: '', name: '' })}
            >
              {t('settings.closedDays.add')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </StoredValuesForm>
  );
}
