import { Button, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SiteKindSetting } from '../../../../shared/contract/settings';
import { siteKindValues } from '../../../../shared/modules';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';
import { StoredValuesForm } from './StoredValuesForm';
import { useSaveWithNotice, useStoredValues } from './storedForm';

/** Mall desk, property client centre or both: which modules the navigation shows. */
export function SiteKindForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const current = useApiQuery('settings:siteKind', {});
  // The session carries the kind: the navigation follows at once.
  const save = useApiMutation('settings:saveSiteKind', ['settings:', 'session:']);
  const { form } = useContractForm('settings:saveSiteKind', {
    initialValues: { version: 0, kind: 'both' as SiteKindSetting['kind'] },
  });
  const loaded = useStoredValues(form, current.data);
  const { submit, refusal } = useSaveWithNotice(save, form);
  return (
    <StoredValuesForm loaded={loaded} onSubmit={submit}>
      <Stack gap="xs" maw={480} mt="lg">
        <Title order={6}>{t('settings.siteKind.title')}</Title>
        <FormRefusal message={refusal} />
        <NativeSelect
          label={t('settings.siteKind.label')}
          description={t('settings.siteKind.hint')}
          disabled={!canEdit}
          data={siteKindValues.map((k) => ({ value: k, label: t(`settings.siteKind.${k}`) }))}
          {...field(form, 'kind')}
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
