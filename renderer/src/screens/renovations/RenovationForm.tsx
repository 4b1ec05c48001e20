import { Checkbox, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyRenovationInput, RenovationView } from '../../../../shared/contract/renovations';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { InlineForm } from '../../components/ModalForm';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { siteToday } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';

type Values = Required<Omit<ApplyRenovationInput, 'documents'>> & { documents: string[] };

const initial = (timeZone: string): Values => ({
  unit: '',
  ownerName: '',
  ownerPhone: '',
  contractor: '',
  foreman: '',
  foremanPhone: '',
  work: '',
  startDate: siteToday(timeZone),
  endDate: '',
  deposit: '',
  fee: '',
  documents: [],
});

interface Props {
  timeZone: string;
  onSaved(permit: RenovationView): void;
  onCancel(): void;
  onDirtyChange(dirty: boolean): void;
}

/** 装修申请登记: unit and owner, contractor and foreman, the works and their period, deposit and fee, documents seen. */
export function RenovationForm({ timeZone, onSaved, onCancel, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const apply = useApiMutation('renovations:apply', ['renovations:', 'search:']);
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const checklist = useApiQuery('renovations:settings', {});
  const { form, input } = useContractForm('renovations:apply', { initialValues: initial(timeZone) });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const submit = () => {
    const ok = input();
    if (!ok) return;
    apply.mutate(
      submission.keyed(ok),
      submission.callbacks(
        (permit: RenovationView) => {
          notifications.show({ color: 'green', message: t('renovations.form.saved', { serial: permit.serialNo }) });
          form.setInitialValues(initial(timeZone));
          form.reset();
          onSaved(permit);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  const f = (key: string) => t(`renovations.fields.${key}`);
  return (
    <InlineForm
      label={t('renovations.form.title')}
      isDirty={form.isDirty}
      onSubmit={submit}
      onCancel={onCancel}
      onDiscard={form.reset}
      cancel={t('renovations.form.cancel')}
      save={t('renovations.form.save')}
      busy={apply.isPending}
    >
      <Title order={4}>{t('renovations.form.title')}</Title>
      <FormRefusal message={submission.refusal} />
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput ref={firstRef} label={f('unit')} {...field(form, 'unit')} />
        <TextInput label={f('ownerName')} {...field(form, 'ownerName')} />
        <TextInput label={f('ownerPhone')} inputMode="tel" {...field(form, 'ownerPhone')} />
        <TextInput label={f('contractor')} {...field(form, 'contractor')} />
        <TextInput label={f('foreman')} {...field(form, 'foreman')} />
        <TextInput label={f('foremanPhone')} inputMode="tel" {...field(form, 'foremanPhone')} />
      </SimpleGrid>
      <Textarea label={f('work')} autosize minRows={2} maxRows={4} {...field(form, 'work')} />
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput label={f('startDate')} placeholder="YYYY-MM-DD" {...field(form, 'startDate')} />
        <TextInput label={f('endDate')} placeholder="YYYY-MM-DD" {...field(form, 'endDate')} />
        <TextInput label={f('deposit')} inputMode="decimal" {...field(form, 'deposit')} />
        <TextInput label={f('fee')} inputMode="decimal" {...field(form, 'fee')} />
      </SimpleGrid>
      <Checkbox.Group label={f('documents')} {...field(form, 'documents')}>
        <Stack gap={4} mt={4}>
          {(checklist.data?.documents ?? []).map((d) => (
            <Checkbox key={d} size="xs" value={d} label={d} />
          ))}
        </Stack>
      </Checkbox.Group>
    </InlineForm>
  );
}
