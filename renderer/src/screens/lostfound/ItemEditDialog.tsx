import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isValuable, type LostfoundItemView } from '../../../../shared/contract/lostfound';
import { invoke } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { useStaleEdit } from '../../lib/staleEdit';
import { type ItemValues, itemValuesOf, toEditInput } from './formModel';
import { ItemFields } from './ItemFields';

/**
 * 修改失物: a clerk corrects an item still in custody, based on the version shown; a stale edit says who changed
 * what and the form takes the current values.
 */
export function ItemEditDialog({
  item,
  photo,
  timeZone,
  onClose,
}: {
  item: LostfoundItemView;
  photo: string | null;
  timeZone: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('lostfound:edit', ['lostfound:', 'audit:', 'search:']);
  const form = useForm<ItemValues>({ initialValues: itemValuesOf(item, photo, timeZone) });
  const stale = useStaleEdit(item, {
    module: 'lostfound',
    reload: (id) => invoke('lostfound:get', { id }),
    onReloaded: (current) => form.setValues({ ...itemValuesOf(current, form.getValues().photo, timeZone) }),
  });
  const values = form.getValues();
  const submit = () => {
    const record = stale.record ?? item;
    const checked = toEditInput(form.getValues(), record, photo, timeZone);
    if (!checked.ok) return form.setErrors(checked.errors);
    stale.setRefusal(null);
    save.mutate(checked.input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('lostfound.edit.saved', { serial: saved.serialNo }) });
        onClose();
      },
      onError: (e) => {
        if (!stale.handled(e)) showApiError(e, form, stale.setRefusal);
      },
    });
  };
  const title = t('lostfound.edit.title', { serial: item.serialNo });
  return (
    <FormModal opened title={title} dirty={form.isDirty()} onClose={onClose} size="lg">
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <FormRefusal message={stale.refusal} />
          <ItemFields form={form} autoFocus />
          {isValuable(values.category, values.valueClass) && (
            <Alert py={4} color="yellow">
              {t('lostfound.form.valuable')}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('lostfound.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
