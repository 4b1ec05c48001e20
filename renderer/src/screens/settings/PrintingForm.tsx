import { Button, Group, Stack, Switch, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { StoredValuesForm } from './StoredValuesForm';
import { useSaveWithNotice, useStoredValues } from './storedForm';

/** Whether the desktop app prints straight to the default printer (slips at a busy counter) or shows a dialog. */
export function PrintingForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const printing = useApiQuery('settings:printing', {});
  const save = useApiMutation('settings:savePrinting', ['settings:']);
  const { form } = useContractForm('settings:savePrinting', {
    initialValues: { version: 0, silentDefaultPrinter: false },
  });
  const loaded = useStoredValues(form, printing.data);
  const { submit, refusal } = useSaveWithNotice(save, form);
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <Stack gap="xs" maw={480} mt="lg">
        <Title order={6}>{t('settings.printing.title')}</Title>
        <FormRefusal message={refusal} />
        <Switch
          label={t('settings.printing.silent')}
          description={t('settings.printing.silentHint')}
          disabled={!canEdit}
          {...field(form, 'silentDefaultPrinter', 'checkbox')}
        />
        {canEdit && (
          <Group>
            <Button type="submit" variant="light">
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </StoredValuesForm>
  );
}
