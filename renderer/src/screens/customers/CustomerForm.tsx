import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type ConsentMethod,
  type CustomerFileView,
  consentMethodValues,
  createCustomerInput,
  MAX_PHONES,
  updateCustomerInput,
} from '../../../../shared/contract/customers';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { type NewUnit, NewUnitsFields } from './NewUnitsFields';

/** The consent's fields are checked as `consent.*` and shown at the form's own fields. */
const consentFields: Record<string, string> = {
  'consent.scope': 'consentScope',
  'consent.purpose': 'consentPurpose',
  'consent.method': 'consentMethod',
};

interface FileValues {
  name: string;
  phones: { phone: string; note: string }[];
  gradeId: string;
  company: string;
  tags: string[];
  notes: string;
  preferredContactTime: string;
  consentGiven: boolean;
  consentMethod: ConsentMethod;
  consentScope: string;
  consentPurpose: string;
  /** A new file's units (房号); a saved file's are linked on its own panel. */
  units: NewUnit[];
}

function initialOf(
  t: (key: string) => string,
  file: CustomerFileView | null,
  prefill: { phone: string; name: string },
): FileValues {
  if (file)
    return {
      name: file.name,
      phones: file.phones.map((p) => ({ phone: p.phone, note: p.note })),
      gradeId: file.gradeId ?? '',
      company: file.company,
      tags: file.tags,
      notes: file.notes,
      preferredContactTime: file.preferredContactTime,
      consentGiven: file.consent !== null,
      consentMethod: file.consent?.method ?? 'in_person',
      consentScope: file.consent?.scope ?? t('customers.defaults.consentScope'),
      consentPurpose: file.consent?.purpose ?? t('customers.defaults.consentPurpose'),
      units: [],
    };
  return {
    name: prefill.name,
    phones: [{ phone: prefill.phone, note: '' }],
    gradeId: '',
    company: '',
    tags: [],
    notes: '',
    preferredContactTime: '',
    consentGiven: false,
    consentMethod: 'in_person',
    consentScope: t('customers.defaults.consentScope'),
    consentPurpose: t('customers.defaults.consentPurpose'),
    units: [],
  };
}

/** 新建 / 修改客户档案: several numbers, grade, company, a new file's 房号, tags, notes, when to call, consent. */
export function CustomerForm(props: {
  file: CustomerFileView | null;
  prefill?: { phone: string; name: string };
  onSaved(file: CustomerFileView): void;
  onCancel?(): void;
}) {
  const { file, onSaved, onCancel } = props;
  const { t } = useTranslation();
  const grades = useApiQuery('customers:grades', { includeInactive: false });
  const create = useApiMutation('customers:create', ['customers:', 'search:']);
  const update = useApiMutation('customers:update', ['customers:', 'search:']);
  const form = useForm<FileValues>({ initialValues: initialOf(t, file, props.prefill ?? { phone: '', name: '' }) });
  // A new file re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const values = form.getValues();
  const submit = () => {
    const v = form.getValues();
    const fields = {
      name: v.name,
      phones: v.phones,
      gradeId: v.gradeId || null,
      company: v.company,
      tags: v.tags,
      notes: v.notes,
      preferredContactTime: v.preferredContactTime,
      consent: v.consentGiven
        ? { method: v.consentMethod, at: null, scope: v.consentScope, purpose: v.consentPurpose }
        : null,
    };
    const fieldOf = (path: string) => consentFields[path] ?? path;
    const done = (saved: CustomerFileView) => {
      notifications.show({
        color: 'green',
        message: t(file ? 'customers.form.saved' : 'customers.form.created', { fileNo: saved.fileNo }),
      });
      onSaved(saved);
    };
    const onError = (e: unknown) =>
      showApiError(
        e,
        { setFieldError: (f: string, m: string) => form.setFieldError(fieldOf(f), m) },
        submission.setRefusal,
      );
    if (file) {
      const checked = checkWith(updateCustomerInput, { ...fields, id: file.id, version: file.version });
      if (!checked.ok) return form.setErrors(remap(checked.errors, fieldOf));
      update.mutate(checked.input, { onSuccess: done, onError });
    } else {
      const checked = checkWith(createCustomerInput, { ...fields, units: v.units });
      if (!checked.ok) return form.setErrors(remap(checked.errors, fieldOf));
      create.mutate(submission.keyed(checked.input), submission.callbacks(done, onError));
    }
  };
  const title = file ? t('customers.form.editTitle', { fileNo: file.fileNo }) : t('customers.form.newTitle');
  const phonesError = form.errors.phones;
  return (
    <form
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{title}</Title>
        <FormRefusal message={submission.refusal} />
        <Group grow gap="xs" align="flex-start">
          <TextInput data-autofocus autoFocus label={t('customers.fields.name')} {...field(form, 'name')} />
          <NativeSelect
            label={t('customers.fields.grade')}
            data={[{ value: '', label: '—' }, ...(grades.data ?? []).map((g) => ({ value: g.id, label: g.name }))]}
            {...field(form, 'gradeId')}
          />
        </Group>
        {values.phones.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the form's own list, edited in place
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 2 }}
              inputMode="tel"
              label={index === 0 ? t('customers.fields.phone') : `${t('customers.fields.phone')} ${index + 1}`}
              {...field(form, `phones.${index}.phone`)}
            />
            <TextInput
              style={{ flex: 1 }}
              label={t('customers.fields.phoneNote')}
              aria-label={`${t('customers.fields.phoneNote')} ${index + 1}`}
              {...field(form, `phones.${index}.note`)}
            />
            {values.phones.length > 1 && (
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                aria-label={t('customers.form.removePhone')}
                onClick={() => form.removeListItem('phones', index)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {typeof phonesError === 'string' && (
          <Text c="red" size="xs">
            {translateMessage(phonesError)}
          </Text>
        )}
        {values.phones.length < MAX_PHONES && (
          <Group>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => form.insertListItem('phones', { phone: '', note: '' })}
            >
              {t('customers.form.addPhone')}
            </Button>
          </Group>
        )}
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('customers.fields.company')} {...field(form, 'company')} />
          <TextInput label={t('customers.fields.preferredContactTime')} {...field(form, 'preferredContactTime')} />
        </Group>
        {!file && (
          <NewUnitsFields
            units={values.units}
            fieldProps={(path) => field(form, path)}
            onAdd={(unit) => form.insertListItem('units', unit)}
            onRemove={(index) => form.removeListItem('units', index)}
          />
        )}
        <TagsInput
          label={t('customers.fields.tags')}
          placeholder={t('customers.fields.tagsHint')}
          maxTags={10}
          {...field(form, 'tags')}
        />
        <Textarea autosize minRows={2} label={t('customers.fields.notes')} {...field(form, 'notes')} />
        <Checkbox label={t('customers.fields.consentGiven')} {...field(form, 'consentGiven', 'checkbox')} />
        {values.consentGiven && (
          <>
            <NativeSelect
              label={t('customers.fields.consentMethod')}
              data={labelOptions(t, 'customers', 'consentMethod', consentMethodValues)}
              {...field(form, 'consentMethod')}
            />
            <Group grow gap="xs" align="flex-start">
              <TextInput label={t('customers.fields.consentScope')} {...field(form, 'consentScope')} />
              <TextInput label={t('customers.fields.consentPurpose')} {...field(form, 'consentPurpose')} />
            </Group>
          </>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('customers.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function remap(errors: Record<string, string>, fieldOf: (path: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, key] of Object.entries(errors)) out[fieldOf(path)] = key;
  return out;
}
