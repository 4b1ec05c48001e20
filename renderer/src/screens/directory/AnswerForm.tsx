import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type AnswerInput, answerInput, type DirectoryAnswerView } from '../../../../shared/contract/directory';
import { invoke } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useStaleEdit } from '../../lib/staleEdit';

type Values = Required<Omit<AnswerInput, 'id' | 'version'>>;
const blank: Values = { title: '', keywords: '', body: '' };
const valuesOf = (a: DirectoryAnswerView): Values => ({ title: a.title, keywords: a.keywords, body: a.body });

/** A supervisor adds a common answer or edits its text, based on the version shown. */
export function AnswerForm({
  answer,
  onClose,
  onSaved,
}: {
  answer: DirectoryAnswerView | 'new';
  onClose(): void;
  onSaved(saved: DirectoryAnswerView): void;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('directory:saveAnswer', ['directory:', 'audit:', 'search:']);
  const form = useForm<Values>({ initialValues: answer === 'new' ? blank : valuesOf(answer) });
  const stale = useStaleEdit(answer === 'new' ? null : answer, {
    module: 'directory',
    reload: (id) => invoke('directory:getAnswer', { id }),
    onReloaded: (current) => form.setValues(valuesOf(current)),
  });
  const submit = () => {
    const record = stale.record;
    const checked = checkWith(answerInput, {
      ...form.getValues(),
      id: record?.id ?? null,
      version: record?.version ?? null,
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    stale.setRefusal(null);
    save.mutate(checked.input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('directory.form.savedAnswer', { title: saved.title }) });
        onSaved(saved);
      },
      onError: (e) => {
        if (!stale.handled(e)) showApiError(e, form, stale.setRefusal);
      },
    });
  };
  const title =
    answer === 'new' ? t('directory.form.addAnswer') : t('directory.form.editAnswer', { title: answer.title });
  return (
    <FormModal opened title={title} dirty={form.isDirty()} onClose={onClose}>
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <FormRefusal message={stale.refusal} />
          <TextInput label={t('directory.fields.title')} data-autofocus {...field(form, 'title')} />
          <TextInput label={t('directory.fields.keywords')} {...field(form, 'keywords')} />
          <Textarea
            label={t('directory.fields.body')}
            autosize
            minRows={4}
            {...field(form, 'body')}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('directory.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
