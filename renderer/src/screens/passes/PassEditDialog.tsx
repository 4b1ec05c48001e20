import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PassView, type UpdatePassInput, updatePassInput } from '../../../../shared/contract/passes';
import { useApiMutation } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { ModalForm } from '../../components/ModalForm';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

const editable = ['holderName', 'phone', 'company', 'unit', 'vehiclePlate', 'validTo'] as const;
type Editable = (typeof editable)[number];

interface Props {
  pass: PassView;
  opened: boolean;
  onClose(): void;
  onDone(pass: PassView): void;
}

/**
 * 修改 (Alt+E): a pass still out, corrected. Only the fields the clerk changed are sent, with the version the dialog
 * opened on: an edit made meanwhile at another counter is refused, naming who made it.
 */
export function PassEditDialog({ pass, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const update = useApiMutation('passes:update', ['passes:', 'renovations:', 'audit:', 'search:']);
  const initial = Object.fromEntries(editable.map((key) => [key, pass[key]])) as Record<Editable, string>;
  const form = useForm({ initialValues: initial });
  // A stale edit is said in the dialog, naming who changed the pass since; the detail shows their change.
  const [refusal, setRefusal] = useState<string | null>(null);
  // A newer version of the pass (saved here, or the change a stale edit was refused for): the form shows it, and
  // the refusal stays on screen above it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per version of the pass
  useEffect(() => {
    form.setInitialValues(initial);
    form.reset();
  }, [pass.version]);
  const close = () => {
    form.reset();
    setRefusal(null);
    onClose();
  };
  const f = (key: string) => t(`passes.fields.${key}`);
  const submit = () => {
    const values = form.getValues();
    const changed = Object.fromEntries(
      editable.filter((key) => values[key] !== initial[key]).map((k) => [k, values[k]]),
    );
    if (Object.keys(changed).length === 0) return close();
    const checked = checkWith(updatePassInput, { ...changed, id: pass.id, version: pass.version } as UpdatePassInput);
    if (!checked.ok) return form.setErrors(checked.errors);
    setRefusal(null);
    update.mutate(checked.input, {
      onSuccess: (edited) => {
        setRefusal(null);
        onDone(edited);
      },
      onError: (e) => showApiError(e, form, setRefusal),
    });
  };
  return (
    <ModalForm
      opened={opened}
      title={t('passes.detail.editTitle', { serial: pass.serialNo })}
      dirty={form.isDirty()}
      onClose={close}
      onSubmit={submit}
      save={t('passes.detail.editSave')}
      busy={update.isPending}
    >
      <FormRefusal message={refusal} />
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        <TextInput data-autofocus label={f('holderName')} {...field(form, 'holderName')} />
        <TextInput label={f('phone')} inputMode="tel" {...field(form, 'phone')} />
        <TextInput label={f('company')} {...field(form, 'company')} />
        <TextInput label={f('unit')} {...field(form, 'unit')} />
        {pass.kind === 'vehicle' && <TextInput label={f('vehiclePlate')} {...field(form, 'vehiclePlate')} />}
        <TextInput label={f('validTo')} placeholder="YYYY-MM-DD" {...field(form, 'validTo')} />
      </SimpleGrid>
    </ModalForm>
  );
}
