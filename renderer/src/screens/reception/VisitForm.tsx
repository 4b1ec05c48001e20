import { Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type IdDocumentType,
  idDocumentInputTypes,
  type RegisterVisitInput,
  type VisitSuggestion,
  type VisitView,
  visitPurposeValues,
} from '../../../../shared/contract/reception';
import { ApiError, invoke } from '../../api/client';
import { newSubmissionKey, useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { FormRefusal } from '../../components/FormRefusal';
import { KnownCaller } from '../../components/KnownCaller';
import { showApiError } from '../../lib/apiErrors';
import { changedFields } from '../../lib/changes';
import { useDirtyMark } from '../../lib/dirtyForms';
import { field } from '../../lib/formFields';
import { useStaleEdit } from '../../lib/staleEdit';
import { VisitorAutocomplete } from './VisitorAutocomplete';
import { emptyVisitForm, formToInput, type VisitFormValues, validateVisitForm, visitToForm } from './visitFormValues';
import { type WatchMatch, WatchMatchDialog } from './WatchMatchDialog';

interface VisitFormProps {
  timeZone: string;
  /** Editing an existing visit; without it the form registers new visitors one after another. */
  visit?: VisitView;
  onSaved(visit: VisitView): void;
  onCancel?(): void;
  onDirtyChange?(dirty: boolean): void;
}

const INVALIDATES = ['reception:'];

/** The types a number may be typed under; the old free-text type only on a record that has it. */
const idTypesFor = (current: IdDocumentType | null): IdDocumentType[] =>
  current === 'other' ? [...idDocumentInputTypes, 'other'] : [...idDocumentInputTypes];

/**
 * What an edit sends: the fields changed since the form opened. An ID number goes with its type, and the purpose
 * with the repair fields, so main checks them together.
 */
function editPatch(opened: RegisterVisitInput, now: RegisterVisitInput): Partial<RegisterVisitInput> {
  const patch: Partial<RegisterVisitInput> = changedFields(opened, now);
  if ('idNumber' in patch || 'idType' in patch || 'idFromVisitId' in patch)
    Object.assign(patch, { idType: now.idType, idNumber: now.idNumber, idFromVisitId: now.idFromVisitId });
  const repairKeys = ['purpose', 'repairLocation', 'repairDepartmentId', 'repairFollowUpDue'] as const;
  if (repairKeys.some((key) => key in patch)) for (const key of repairKeys) Object.assign(patch, { [key]: now[key] });
  return patch;
}

/** The one form of the reception log: register (default) or edit. Enter saves; Esc clears, asking first. */
export function VisitForm({ timeZone, visit, onSaved, onCancel, onDirtyChange }: VisitFormProps) {
  const { t } = useTranslation();
  const register = useApiMutation('reception:register', INVALIDATES);
  const update = useApiMutation('reception:update', INVALIDATES);
  const shops = useApiQuery('settings:list', { kind: 'shops' });
  const departments = useApiQuery('settings:list', { kind: 'departments' });
  const [match, setMatch] = useState<WatchMatch | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reusedId, setReusedId] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const form = useForm<VisitFormValues>({
    initialValues: visit ? visitToForm(visit, timeZone) : emptyVisitForm,
    validate: (values) => validateVisitForm(values, timeZone),
  });
  // The stored visit an edit is based on; replaced by the current one when main refuses the edit as stale.
  const stale = useStaleEdit(visit, {
    module: 'reception',
    reload: (id) => invoke('reception:get', { id }),
    onReloaded: (current) => {
      form.setInitialValues(visitToForm(current, timeZone));
      form.reset();
    },
  });
  // One key per visitor typed in: sent again after a lost answer, the visit is not registered twice.
  const [submission, setSubmission] = useState(newSubmissionKey);

  const dirty = form.isDirty();
  useDirtyMark(dirty);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const ready = () => {
    form.setValues(emptyVisitForm);
    form.resetDirty(emptyVisitForm);
    form.clearErrors();
    setReusedId(null);
    setSubmission(newSubmissionKey());
    stale.setRefusal(null);
    nameRef.current?.focus();
  };

  const save = (values: VisitFormValues, acknowledged?: WatchMatch) => {
    const input = formToInput(values, timeZone);
    const onError = (error: unknown) => {
      const data = error instanceof ApiError ? error.data : null;
      if (data?.messageKey === 'errors.watchListMatch' && data.params) {
        setMatch({
          watchEntryId: String(data.params.watchEntryId),
          name: String(data.params.name),
          reason: String(data.params.reason),
        });
        return;
      }
      if (stale.handled(error)) return;
      showApiError(error, form, stale.setRefusal);
    };
    stale.setRefusal(null);
    const editing = stale.record;
    if (editing) {
      update.mutate(
        {
          ...editPatch(formToInput(visitToForm(editing, timeZone), timeZone), input),
          id: editing.id,
          version: editing.version,
        },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'green', message: t('reception.form.updated', { serial: saved.serialNo }) });
            onSaved(saved);
          },
          onError,
        },
      );
      return;
    }
    register.mutate(
      {
        ...input,
        watchAcknowledged: Boolean(acknowledged),
        watchEntryId: acknowledged?.watchEntryId ?? null,
        __submission: submission,
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('reception.form.saved', { serial: saved.serialNo }) });
          onSaved(saved);
          ready();
        },
        onError,
      },
    );
  };

  const pick = (s: VisitSuggestion) => {
    form.setValues({
      visitorName: s.visitorName,
      phone: s.phone,
      organisation: s.organisation,
      idType: s.idType ?? form.values.idType,
      idFromVisitId: s.idMasked ? s.visitId : null,
      idNumber: '',
    });
    setReusedId(s.idMasked || null);
  };

  const cancel = () => (onCancel ? onCancel() : ready());
  const idHint = visit?.idMasked
    ? t('reception.form.idKept', { masked: visit.idMasked })
    : reusedId
      ? t('reception.form.idReused', { masked: reusedId })
      : undefined;
  const isRepair = form.values.purpose === 'repair';
  const option = (value: string, label: string) => ({ value, label });

  return (
    <form
      onSubmit={form.onSubmit((values) => save(values))}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented || onCancel) return;
        // Esc in an open dropdown only closes the dropdown (Mantine does not mark the event as handled).
        if (e.target instanceof HTMLElement && e.target.getAttribute('aria-expanded') === 'true') return;
        if (form.isDirty()) setConfirming(true);
      }}
    >
      <FormRefusal message={stale.refusal} />
      <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
        <VisitorAutocomplete
          label={t('reception.form.visitorName')}
          inputRef={nameRef}
          autoFocus
          suggest={!visit}
          timeZone={timeZone}
          value={form.values.visitorName}
          error={field(form, 'visitorName').error}
          onChange={(v) => form.setFieldValue('visitorName', v)}
          onPick={pick}
        />
        <VisitorAutocomplete
          label={t('reception.form.phone')}
          suggest={!visit}
          timeZone={timeZone}
          value={form.values.phone}
          error={field(form, 'phone').error}
          onChange={(v) => form.setFieldValue('phone', v)}
          onPick={pick}
        />
        <NumberInput label={t('reception.form.partySize')} min={1} max={999} {...field(form, 'partySize')} />
        <TextInput label={t('reception.form.organisation')} {...field(form, 'organisation')} />
        <Select
          label={t('reception.form.idType')}
          data={idTypesFor(form.values.idType).map((v) => option(v, t(labelKey('reception', 'idType', v))))}
          clearable
          {...field(form, 'idType')}
        />
        <TextInput
          label={t('reception.form.idNumber')}
          placeholder={idHint}
          autoComplete="off"
          {...field(form, 'idNumber')}
        />
        <Select
          label={t('reception.form.purpose')}
          data={visitPurposeValues.map((v) => option(v, t(labelKey('reception', 'purpose', v))))}
          allowDeselect={false}
          {...field(form, 'purpose')}
        />
        <TextInput label={t('reception.form.visiting')} {...field(form, 'visiting')} />
        <Select
          label={t('reception.form.shop')}
          data={(shops.data ?? []).filter((s) => s.active).map((s) => option(s.id, `${s.name} ${s.unitNo ?? ''}`))}
          searchable
          clearable
          {...field(form, 'shopId')}
        />
        <TextInput label={t('reception.form.badgeNo')} {...field(form, 'badgeNo')} />
        <TextInput label={t('reception.form.plate')} {...field(form, 'plate')} />
        <TextInput
          label={t('reception.form.timeIn')}
          placeholder={t('reception.form.timeInHint')}
          {...field(form, 'timeIn')}
        />
        {isRepair && (
          <>
            <TextInput label={t('reception.form.repairLocation')} {...field(form, 'repairLocation')} />
            <Select
              label={t('reception.form.repairDepartment')}
              data={(departments.data ?? []).filter((d) => d.active).map((d) => option(d.id, d.name))}
              searchable
              clearable
              {...field(form, 'repairDepartmentId')}
            />
            <TextInput
              label={t('reception.form.repairFollowUpDue')}
              placeholder="YYYY-MM-DD HH:mm"
              {...field(form, 'repairFollowUpDue')}
            />
          </>
        )}
        <TextInput
          label={t('reception.form.notes')}
          style={{ gridColumn: isRepair ? 'span 1' : 'span 4' }}
          {...field(form, 'notes')}
        />
      </SimpleGrid>
      <KnownCaller
        phone={form.values.phone}
        timeZone={timeZone}
        name={form.values.visitorName}
        onName={(name) => form.setFieldValue('visitorName', name)}
      />
      <Group mt="xs" gap="xs">
        <Button type="submit" loading={register.isPending || update.isPending}>
          {visit ? t('common.save') : t('reception.form.submit')}
        </Button>
        <Button variant="default" onClick={() => (form.isDirty() && !onCancel ? setConfirming(true) : cancel())}>
          {onCancel ? t('common.cancel') : t('reception.form.clear')}
        </Button>
      </Group>
      <WatchMatchDialog
        match={match}
        onClose={() => setMatch(null)}
        onAcknowledge={(m) => {
          setMatch(null);
          save(form.values, m);
        }}
      />
      <DiscardConfirm
        opened={confirming}
        onKeep={() => setConfirming(false)}
        onDiscard={() => {
          setConfirming(false);
          cancel();
        }}
      />
    </form>
  );
}
