import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { StoredValuesForm } from './StoredValuesForm';
import { useSaveWithNotice, useStoredValues } from './storedForm';

export function HoursPolicyPanel({ canEdit }: { canEdit: boolean }) {
  return (
    <SimpleGrid cols={2} spacing="xl" maw={900}>
      <HoursForm canEdit={canEdit} />
      <PolicyForm canEdit={canEdit} />
    </SimpleGrid>
  );
}

function HoursForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const hours = useApiQuery('settings:businessHours', {});
  const save = useApiMutation('settings:saveBusinessHours', ['settings:']);
  const { form } = useContractForm('settings:saveBusinessHours', {
    initialValues: { version: 0, weekdayOpen: '', weekdayClose: '', weekendOpen: '', weekendClose: '' },
  });
  const loaded = useStoredValues(form, hours.data);
  const { submit, refusal } = useSaveWithNotice(save, form);
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <Stack gap="xs">
        <Title order={6}>{t('settings.hours.title')}</Title>
        <FormRefusal message={refusal} />
        {(['weekdayOpen', 'weekdayClose', 'weekendOpen', 'weekendClose'] as const).map((key) => (
          <TextInput key={key} label={t(`settings.hours.${key}`)} disabled={!canEdit} {...field(form, key)} />
        ))}
        {canEdit && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </StoredValuesForm>
  );
}

function PolicyForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const policy = useApiQuery('settings:policy', {});
  const save = useApiMutation('settings:savePolicy', ['settings:']);
  const { form } = useContractForm('settings:savePolicy', {
    initialValues: {
      version: 0,
      returnDays: 30,
      exchangeDays: 60,
      storageOverdueDays: 30,
      visitorDataRetentionDays: 180,
    },
  });
  const loaded = useStoredValues(form, policy.data);
  const { submit, refusal } = useSaveWithNotice(save, form);
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <Stack gap="xs">
        <Title order={6}>{t('settings.hours.policyTitle')}</Title>
        <FormRefusal message={refusal} />
        {(['returnDays', 'exchangeDays', 'storageOverdueDays', 'visitorDataRetentionDays'] as const).map((key) => (
          <NumberInput
            key={key}
            label={t(`settings.hours.${key}`)}
            disabled={!canEdit}
            allowDecimal={false}
            {...field(form, key)}
          />
        ))}
        {canEdit && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </StoredValuesForm>
  );
}
