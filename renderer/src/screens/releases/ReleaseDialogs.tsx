import { Checkbox, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  checkReleaseInput,
  type ReleasePassDetail,
  type ReleasePassView,
  updateReleaseInput,
} from '../../../../shared/contract/releases';
import { useApiMutation } from '../../api/hooks';
import { ModalForm } from '../../components/ModalForm';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

interface Props {
  pass: ReleasePassView;
  opened: boolean;
  onClose(): void;
  onDone(pass: ReleasePassDetail): void;
}

const invalidates = ['releases:', 'audit:', 'search:'];

/** 门岗查验: the guard's name, whether the goods match; a mismatch needs what was wrong. */
export function CheckDialog({ pass, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const check = useApiMutation('releases:check', invalidates);
  const form = useForm({ initialValues: { guardName: '', matched: true, note: '' } });
  const submit = () => {
    const checked = checkWith(checkReleaseInput, { ...form.getValues(), id: pass.id, version: pass.version });
    if (!checked.ok) return form.setErrors(checked.errors);
    check.mutate(checked.input, {
      onSuccess: (done) => {
        form.reset();
        onDone(done);
      },
      onError: (e) => showApiError(e, form),
    });
  };
  const title = t('releases.check.title', { serial: pass.serialNo });
  return (
    <ModalForm
      opened={opened}
      title={title}
      dirty={form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      save={t('releases.check.save')}
      busy={check.isPending}
    >
      <Text size="sm">{pass.itemsText}</Text>
      {pass.vehiclePlate && <Text size="sm">{`${t('releases.fields.vehiclePlate')}：${pass.vehiclePlate}`}</Text>}
      <Text size="xs" c="dimmed">
        {t('releases.check.hint')}
      </Text>
      <TextInput data-autofocus label={t('releases.fields.guardName')} {...field(form, 'guardName')} />
      <Checkbox label={t('releases.fields.matched')} {...field(form, 'matched', 'checkbox')} />
      <Textarea label={t('releases.fields.note')} autosize {...field(form, 'note')} />
    </ModalForm>
  );
}

/** Corrects the phone, plate, reason's details or day while the pass waits; the approved goods stay. */
export function EditDialog({ pass, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const update = useApiMutation('releases:update', invalidates);
  const form = useForm({
    initialValues: {
      phone: pass.phone,
      vehiclePlate: pass.vehiclePlate,
      reasonNote: pass.reasonNote,
      validDay: pass.validDay,
    },
  });
  const submit = () => {
    const checked = checkWith(updateReleaseInput, { ...form.getValues(), id: pass.id, version: pass.version });
    if (!checked.ok) return form.setErrors(checked.errors);
    update.mutate(checked.input, {
      onSuccess: (done) => onDone(done),
      onError: (e) => showApiError(e, form),
    });
  };
  const title = t('releases.form.editTitle', { serial: pass.serialNo });
  return (
    <ModalForm
      opened={opened}
      title={title}
      dirty={form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      save={t('releases.form.saveEdit')}
      busy={update.isPending}
    >
      <TextInput data-autofocus label={t('releases.fields.phone')} {...field(form, 'phone')} />
      <TextInput label={t('releases.fields.vehiclePlate')} {...field(form, 'vehiclePlate')} />
      <TextInput label={t('releases.fields.reasonNote')} {...field(form, 'reasonNote')} />
      <TextInput label={t('releases.fields.validDay')} {...field(form, 'validDay')} />
    </ModalForm>
  );
}
