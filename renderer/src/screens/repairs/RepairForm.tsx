import { NativeSelect, SegmentedControl, SimpleGrid, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CreateRepairInput,
  type RepairCategory,
  type RepairLocationKind,
  type RepairOrderDetail,
  type RepairOrderView,
  type RepairUrgency,
  repairCategoryValues,
  repairLocationKindValues,
  repairUrgencyValues,
} from '../../../../shared/contract/repairs';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { InlineForm } from '../../components/ModalForm';
import { showApiError } from '../../lib/apiErrors';
import { useDirtyMark } from '../../lib/dirtyForms';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { useContractForm } from '../../lib/useContractForm';

/** Where a new report came from, filled in from that record. */
export interface RepairSource {
  visitId?: string;
  callId?: string;
  serial?: string;
  reporterName?: string;
  phone?: string;
  location?: string;
  description?: string;
}

export type RepairFormMode = { kind: 'new'; source?: RepairSource } | { kind: 'edit'; order: RepairOrderView };

interface Values {
  locationKind: RepairLocationKind;
  location: string;
  shopId: string;
  category: RepairCategory;
  urgency: RepairUrgency;
  description: string;
  reporterName: string;
  phone: string;
  teamId: string;
}

function initial(mode: RepairFormMode): Values {
  if (mode.kind === 'edit') {
    const o = mode.order;
    return { ...o, shopId: o.shopId ?? '', teamId: '' };
  }
  const s = mode.source ?? {};
  return {
    locationKind: 'unit',
    location: s.location ?? '',
    shopId: '',
    category: 'plumbing_electric',
    urgency: 'normal',
    description: s.description ?? '',
    reporterName: s.reporterName ?? '',
    phone: s.phone ?? '',
    teamId: '',
  };
}

interface Props {
  mode: RepairFormMode;
  onSaved(order: RepairOrderDetail): void;
  onCancel(): void;
  onDirtyChange(dirty: boolean): void;
}

/** 受理报修: where, what, how urgent, who reported it; dispatched at once when a team is chosen. */
export function RepairForm({ mode, onSaved, onCancel, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const source = mode.kind === 'new' ? mode.source : undefined;
  const teams = useApiQuery('repairs:teams', { includeInactive: false });
  const shops = useApiQuery('settings:list', { kind: 'shops', includeInactive: false });
  const create = useApiMutation('repairs:create', ['repairs:', 'search:']);
  const update = useApiMutation('repairs:update', ['repairs:', 'audit:', 'search:']);
  // Re-sent after a lost answer, the same order is not stored twice.
  const submission = useSubmission();
  const { form, input } = useContractForm('repairs:create', {
    initialValues: initial(mode),
    toInput: (v): CreateRepairInput => ({
      ...v,
      shopId: v.locationKind === 'shop' ? v.shopId || null : null,
      teamId: v.teamId || null,
      visitId: source?.visitId ?? null,
      callId: source?.callId ?? null,
    }),
  });
  const dirty = form.isDirty();
  useDirtyMark(dirty);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const values = form.getValues();

  const saved = (order: RepairOrderDetail) => {
    const key = mode.kind === 'edit' ? 'repairs.form.updated' : 'repairs.form.saved';
    notifications.show({ color: 'green', message: t(key, { serial: order.serialNo }) });
    form.setInitialValues(initial({ kind: 'new' }));
    form.reset();
    onSaved(order);
    window.setTimeout(() => firstRef.current?.focus(), 0);
  };
  const submit = () => {
    const ok = input();
    if (!ok) return;
    const onError = (e: unknown) => showApiError(e, form, submission.setRefusal);
    if (mode.kind === 'edit') {
      const { teamId: _team, visitId: _visit, callId: _call, reportedAt: _at, ...fields } = ok;
      update.mutate({ ...fields, id: mode.order.id, version: mode.order.version }, { onSuccess: saved, onError });
    } else create.mutate(submission.keyed(ok), submission.callbacks(saved, onError));
  };
  const option = (value: string, label: string) => ({ value, label });
  const title =
    mode.kind === 'edit' ? t('repairs.form.editTitle', { serial: mode.order.serialNo }) : t('repairs.form.newTitle');
  return (
    <InlineForm
      label={title}
      isDirty={form.isDirty}
      onSubmit={submit}
      onCancel={onCancel}
      onDiscard={form.reset}
      cancel={t('repairs.form.cancel')}
      save={t('repairs.form.save')}
      busy={create.isPending || update.isPending}
    >
      <Title order={4}>{title}</Title>
      <FormRefusal message={submission.refusal} />
      {source?.serial && (
        <Text size="sm" c="dimmed">
          {t(source.visitId ? 'repairs.form.fromVisit' : 'repairs.form.fromCall', { serial: source.serial })}
        </Text>
      )}
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput ref={firstRef} label={t('repairs.fields.phone')} {...field(form, 'phone')} />
        <TextInput label={t('repairs.fields.reporterName')} {...field(form, 'reporterName')} />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500}>
          {t('repairs.fields.locationKind')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('repairs.fields.locationKind')}
          data={repairLocationKindValues.map((k) => option(k, t(labelKey('repairs', 'locationKind', k))))}
          {...form.getInputProps('locationKind')}
        />
      </div>
      <SimpleGrid cols={values.locationKind === 'shop' ? 2 : 1} spacing="xs">
        {values.locationKind === 'shop' && (
          <NativeSelect
            label={t('repairs.fields.shop')}
            data={[
              option('', '—'),
              ...(shops.data ?? []).map((s) => option(s.id, s.unitNo ? `${s.unitNo} ${s.name}` : s.name)),
            ]}
            {...field(form, 'shopId')}
          />
        )}
        <TextInput
          label={t('repairs.fields.location')}
          placeholder={t('repairs.fields.locationHint')}
          {...field(form, 'location')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="xs">
        <NativeSelect
          label={t('repairs.fields.category')}
          data={repairCategoryValues.map((c) => option(c, t(labelKey('repairs', 'category', c))))}
          {...field(form, 'category')}
        />
        <NativeSelect
          label={t('repairs.fields.urgency')}
          data={repairUrgencyValues.map((u) => option(u, t(labelKey('repairs', 'urgency', u))))}
          {...field(form, 'urgency')}
        />
      </SimpleGrid>
      <Textarea
        label={t('repairs.fields.description')}
        description={t('repairs.fields.descriptionHint')}
        autosize
        minRows={2}
        maxRows={4}
        {...field(form, 'description')}
      />
      {mode.kind === 'new' && (
        <NativeSelect
          label={t('repairs.fields.teamNow')}
          data={[option('', t('repairs.fields.teamLater')), ...(teams.data ?? []).map((x) => option(x.id, x.name))]}
          {...field(form, 'teamId')}
        />
      )}
    </InlineForm>
  );
}
