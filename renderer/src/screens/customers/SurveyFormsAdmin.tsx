import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type SurveyFormView,
  type SurveyQuestionKind,
  surveyFormInput,
  surveyQuestionKindValues,
} from '../../../../shared/contract/customers';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

interface QuestionValues {
  id: string | null;
  kind: SurveyQuestionKind;
  text: string;
  options: string;
  required: boolean;
}
interface Values {
  id: string | null;
  /** The version the form was opened on: a save over a newer one is refused, naming who changed it. */
  version: number | null;
  name: string;
  questions: QuestionValues[];
}

const blank = (): QuestionValues => ({ id: null, kind: 'satisfaction', text: '', options: '', required: true });
const splitOptions = (text: string) =>
  text
    .split(/[,，、\n]/)
    .map((o) => o.trim())
    .filter(Boolean);

/** 满意度问卷: a supervisor writes the questionnaires (five-level, single-choice and free-text questions). */
export function SurveyFormsAdmin() {
  const { t } = useTranslation();
  const forms = useApiQuery('customers:surveyForms', { includeInactive: true });
  const save = useApiMutation('customers:saveSurveyForm', ['customers:']);
  const form = useForm<Values>({ initialValues: { id: null, version: null, name: '', questions: [blank()] } });
  const values = form.getValues();
  const edit = (f: SurveyFormView) =>
    form.setValues({
      id: f.id,
      version: f.version,
      name: f.name,
      questions: f.questions.map((q) => ({ ...q, options: q.options.join('，') })),
    });
  const submit = (active = true, existing?: SurveyFormView) => {
    const v = existing
      ? {
          id: existing.id,
          version: existing.version,
          name: existing.name,
          questions: existing.questions.map((q) => ({ ...q, options: '' })),
        }
      : form.getValues();
    const checked = checkWith(surveyFormInput, {
      id: v.id,
      version: v.version,
      name: v.name,
      active,
      questions: v.questions.map((q, i) => ({
        id: q.id,
        kind: q.kind,
        text: q.text,
        options: existing ? (existing.questions[i]?.options ?? []) : splitOptions(q.options),
        required: q.required,
      })),
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(checked.input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('customers.survey.savedForm', { name: saved.name }) });
        if (!existing) form.reset();
      },
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <Paper withBorder p="sm">
      <Title order={5} mb={4}>
        {t('customers.survey.forms')}
      </Title>
      {(forms.data ?? []).length > 0 && (
        <Table withTableBorder mb="xs" aria-label={t('customers.survey.forms')}>
          <Table.Tbody>
            {(forms.data ?? []).map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>{t('customers.survey.questionCount', { count: f.questions.length })}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end">
                    <Button size="compact-xs" variant="subtle" onClick={() => edit(f)}>
                      {t('customers.survey.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => submit(!f.active, f)}>
                      {f.active ? t('customers.admin.deactivate') : t('customers.admin.activate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        aria-label={t('customers.survey.editForm')}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <TextInput label={t('customers.survey.formName')} {...field(form, 'name')} />
          {values.questions.map((q, i) => (
            <Group key={q.id ?? `new-${i}`} gap="xs" align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('customers.survey.kind')}
                data={labelOptions(t, 'customers', 'questionKind', surveyQuestionKindValues)}
                {...field(form, `questions.${i}.kind`)}
              />
              <TextInput
                style={{ flex: 1 }}
                label={t('customers.survey.question', { n: i + 1 })}
                {...field(form, `questions.${i}.text`)}
              />
              {q.kind === 'choice' && (
                <TextInput
                  label={t('customers.survey.options')}
                  placeholder={t('customers.survey.optionsHint')}
                  {...field(form, `questions.${i}.options`)}
                />
              )}
              <Checkbox
                mb={8}
                label={t('customers.survey.required')}
                {...field(form, `questions.${i}.required`, 'checkbox')}
              />
            </Group>
          ))}
          <Text size="xs" c="red">
            {typeof form.errors.questions === 'string' ? t(form.errors.questions) : ''}
          </Text>
          <Group justify="space-between">
            <Button variant="subtle" size="xs" onClick={() => form.insertListItem('questions', blank())}>
              {t('customers.survey.addQuestion')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('customers.survey.saveForm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
