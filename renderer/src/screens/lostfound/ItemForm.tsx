import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValuable } from '../../../../shared/contract/lostfound';
import { useApiMutation } from '../../api/hooks';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { useSubmission } from '../../lib/staleEdit';
import { emptyItem, type ItemValues, toItemInput } from './formModel';
import { ItemFields } from './ItemFields';

/** 失物登记 in one form; Enter saves, and the form is ready for the next item at once. */
export function ItemForm({ timeZone, onSaved }: { timeZone: string; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const register = useApiMutation('lostfound:register', ['lostfound:']);
  // Re-sent after a lost answer, the same item is not registered twice.
  const submission = useSubmission();
  const form = useForm<ItemValues>({ initialValues: emptyItem });
  const [confirming, setConfirming] = useState(false);
  const firstRef = useRef<HTMLSelectElement>(null);
  const values = form.getValues();
  const valuable = isValuable(values.category, values.valueClass);

  const submit = () => {
    const checked = toItemInput(form.getValues(), timeZone);
    if (!checked.ok) return form.setErrors(checked.errors);
    register.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (item) => {
          notifications.show({ color: 'green', message: t('lostfound.form.saved', { serial: item.serialNo }) });
          form.reset();
          onSaved(item.id);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    if (form.isDirty()) setConfirming(true);
  };
  return (
    <form
      aria-label={t('lostfound.form.title')}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{t('lostfound.form.title')}</Title>
        <FormRefusal message={submission.refusal} />
        <ItemFields form={form} firstRef={firstRef} autoFocus />
        {valuable && (
          <Alert py={4} color="yellow">
            {t('lostfound.form.valuable')}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => (form.isDirty() ? setConfirming(true) : undefined)}>
            {t('lostfound.form.clear')}
          </Button>
          <Button type="submit" loading={register.isPending}>
            {t('lostfound.form.save')}
          </Button>
        </Group>
      </Stack>
      <DiscardConfirm
        opened={confirming}
        onKeep={() => setConfirming(false)}
        onDiscard={() => {
          setConfirming(false);
          form.reset();
          firstRef.current?.focus();
        }}
      />
    </form>
  );
}
