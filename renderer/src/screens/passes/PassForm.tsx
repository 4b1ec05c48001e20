import { SegmentedControl, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdDocumentType } from '../../../../shared/contract/id-documents';
import { type IssuePassInput, type PassKind, type PassView, passKindValues } from '../../../../shared/contract/passes';
import { useApiMutation } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { IdTypeSelect } from '../../components/IdTypeSelect';
import { InlineForm } from '../../components/ModalForm';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { siteToday } from '../../lib/time';
import { useContractForm } from '../../lib/useContractForm';

interface Values {
  kind: PassKind;
  holderName: string;
  phone: string;
  idType: IdDocumentType;
  idNumber: string;
  company: string;
  unit: string;
  vehiclePlate: string;
  validFrom: string;
  validTo: string;
  deposit: string;
  fee: string;
}

/** The renovation permit a worker's pass is issued under: its unit, contractor and last day fill the form. */
export interface PassPermit {
  id: string;
  serialNo: string;
  unit: string;
  contractor: string;
  endDate: string;
}

const initial = (timeZone: string, permit?: PassPermit): Values => ({
  kind: 'worker',
  holderName: '',
  phone: '',
  idType: 'resident_id',
  idNumber: '',
  company: permit?.contractor ?? '',
  unit: permit?.unit ?? '',
  vehiclePlate: '',
  validFrom: siteToday(timeZone),
  validTo: permit?.endDate ?? '',
  deposit: '',
  fee: '',
});

interface Props {
  timeZone: string;
  permit?: PassPermit;
  onSaved(pass: PassView): void;
  onCancel(): void;
  onDirtyChange(dirty: boolean): void;
}

/** 办理出入证: who, for whom they work, the period, deposit and fee; a worker's ID checked, a vehicle's plate. */
export function PassForm({ timeZone, permit, onSaved, onCancel, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const issue = useApiMutation('passes:issue', ['passes:', 'renovations:', 'search:']);
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const { form, input } = useContractForm('passes:issue', {
    initialValues: initial(timeZone, permit),
    toInput: (v): IssuePassInput => ({
      ...v,
      idType: v.idNumber ? v.idType : null,
      renovationId: permit?.id ?? null,
    }),
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const values = form.getValues();
  const submit = () => {
    const ok = input();
    if (!ok) return;
    issue.mutate(
      submission.keyed(ok),
      submission.callbacks(
        (pass: PassView) => {
          notifications.show({ color: 'green', message: t('passes.form.saved', { serial: pass.serialNo }) });
          form.setInitialValues(initial(timeZone, permit));
          form.reset();
          onSaved(pass);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  const f = (key: string) => t(`passes.fields.${key}`);
  return (
    <InlineForm
      label={t('passes.form.title')}
      isDirty={form.isDirty}
      onSubmit={submit}
      onCancel={onCancel}
      onDiscard={form.reset}
      cancel={t('passes.form.cancel')}
      save={t('passes.form.save')}
      busy={issue.isPending}
    >
      <Title order={4}>{t('passes.form.title')}</Title>
      <FormRefusal message={submission.refusal} />
      {permit && (
        <Text size="sm" c="dimmed">
          {t('passes.form.underPermit', { serial: permit.serialNo })}
        </Text>
      )}
      <div hidden={permit !== undefined}>
        <Text size="sm" fw={500}>
          {f('kind')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={f('kind')}
          data={labelOptions(t, 'passes', 'kind', passKindValues)}
          {...form.getInputProps('kind')}
        />
      </div>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput ref={firstRef} label={f('holderName')} {...field(form, 'holderName')} />
        <TextInput label={f('phone')} inputMode="tel" {...field(form, 'phone')} />
        <IdTypeSelect label={f('idType')} {...field(form, 'idType')} />
        <TextInput label={f('idNumber')} {...field(form, 'idNumber')} />
        <TextInput label={f('company')} {...field(form, 'company')} />
        <TextInput label={f('unit')} {...field(form, 'unit')} />
        {values.kind === 'vehicle' && <TextInput label={f('vehiclePlate')} {...field(form, 'vehiclePlate')} />}
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput label={f('validFrom')} placeholder="YYYY-MM-DD" {...field(form, 'validFrom')} />
        <TextInput label={f('validTo')} placeholder="YYYY-MM-DD" {...field(form, 'validTo')} />
        <TextInput label={f('deposit')} inputMode="decimal" {...field(form, 'deposit')} />
        <TextInput label={f('fee')} inputMode="decimal" {...field(form, 'fee')} />
      </SimpleGrid>
    </InlineForm>
  );
}
