import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { StoredValuesForm } from './StoredValuesForm';
import { useSaveWithNotice, useStoredValues } from './storedForm';

export function SiteForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const site = useApiQuery('settings:site', {});
  const save = useApiMutation('settings:saveSite', ['settings:', 'session:']);
  const { form } = useContractForm('settings:saveSite', {
    initialValues: { version: 0, name: '', code: '', timeZone: 'Asia/Shanghai', deskPhone: '' },
  });
  const stored = useMemo(() => {
    if (!site.data) return undefined;
    const { id: _id, ...values } = site.data;
    return values;
  }, [site.data]);
  const loaded = useStoredValues(form, stored);
  const { submit, refusal } = useSaveWithNotice(save, form);
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <Stack maw={480} gap="xs">
        <FormRefusal message={refusal} />
        <TextInput label={t('settings.site.name')} disabled={!canEdit} {...field(form, 'name')} />
        <TextInput
          label={t('settings.site.code')}
          description={t('settings.site.codeHint')}
          disabled={!canEdit}
          {...field(form, 'code')}
        />
        <TextInput label={t('settings.site.timeZone')} disabled={!canEdit} {...field(form, 'timeZone')} />
        <TextInput label={t('settings.site.deskPhone')} disabled={!canEdit} {...field(form, 'deskPhone')} />
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
