import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type Satisfaction, satisfactionValues } from '../../../../shared/contract/complaint-fields';
import {
  answerSurveyInput,
  type SurveyFormView,
  type SurveyResponseView,
  type SurveySource,
} from '../../../../shared/contract/customers';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey, labelOptions } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { RecordLink } from '../../components/RecordLink';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { surveyPath } from './SurveyResponseDetail';

interface Values {
  formId: string;
  name: string;
  phone: string;
  answers: string[];
}

function SurveyQuestions({ survey, form }: { survey: SurveyFormView; form: ReturnType<typeof useForm<Values>> }) {
  const { t } = useTranslation();
  return (
    <>
      {survey.questions.map((q, i) => {
        const label = q.required ? q.text : t('customers.survey.optional', { text: q.text });
        if (q.kind === 'free_text')
          return <Textarea key={q.id} autosize minRows={2} label={label} {...field(form, `answers.${i}`)} />;
        const data =
          q.kind === 'satisfaction'
            ? labelOptions(t, 'customers', 'satisfaction', satisfactionValues)
            : q.options.map((o) => ({ value: o, label: o }));
        return (
          <NativeSelect
            key={q.id}
            label={label}
            data={[{ value: '', label: '—' }, ...data]}
            {...field(form, `answers.${i}`)}
          />
        );
      })}
    </>
  );
}

/**
 * 满意度调查: the questionnaire asked about a return visit made, a closed complaint, a completed repair, or at the
 * counter (with the customer's name and number if they give them). A record already surveyed shows its answers.
 */
export function SurveyPanel(props: {
  sourceModule: SurveySource;
  sourceRef: string | null;
  title: string;
  onDone?(): void;
}) {
  const { sourceModule, sourceRef, title, onDone } = props;
  const { t } = useTranslation();
  const forms = useApiQuery('customers:surveyForms', { includeInactive: false });
  const done = useApiQuery(
    'customers:surveysOf',
    { sourceModule, sourceRef: sourceRef ?? '' },
    { enabled: sourceRef !== null },
  );
  const answer = useApiMutation('customers:answerSurvey', ['customers:', 'reports:']);
  const form = useForm<Values>({ initialValues: { formId: '', name: '', phone: '', answers: [] } });
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const list = forms.data ?? [];
  const formId = form.getValues().formId || list[0]?.id || '';
  const survey = list.find((f) => f.id === formId);
  const answered = (done.data ?? []).filter((r) => r.formName === survey?.name);
  if (forms.isSuccess && list.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('customers.survey.noForms')}
      </Text>
    );
  const submit = () => {
    if (!survey) return;
    const v = form.getValues();
    const answers = survey.questions.map((q, i) => {
      const value = v.answers[i] ?? '';
      return {
        questionId: q.id,
        level: q.kind === 'satisfaction' && value ? (value as Satisfaction) : null,
        choice: q.kind === 'choice' ? value : '',
        text: q.kind === 'free_text' ? value : '',
      };
    });
    const checked = checkWith(answerSurveyInput, {
      formId: survey.id,
      sourceModule,
      sourceRef,
      name: v.name,
      phone: v.phone.trim() ? v.phone : null,
      answers,
    });
    if (!checked.ok) return form.setErrors(checked.errors);
    answer.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (saved: SurveyResponseView) => {
          notifications.show({ color: 'green', message: t('customers.survey.saved', { serial: saved.serialNo }) });
          form.reset();
          onDone?.();
        },
        // A refusal names the answer (`answers.N`): shown at that question.
        (e) =>
          showApiError(
            e,
            {
              setFieldError: (path, error) => form.setFieldError(path, error),
              getValues: () => ({
                ...form.getValues(),
                ...Object.fromEntries(survey.questions.map((_, i) => [`answers.${i}`, ''])),
              }),
            },
            submission.setRefusal,
          ),
      ),
    );
  };
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
        {list.length > 1 && (
          <NativeSelect
            label={t('customers.survey.form')}
            data={list.map((f) => ({ value: f.id, label: f.name }))}
            {...field(form, 'formId')}
          />
        )}
        {answered.length > 0 ? (
          answered.map((r) => (
            <Stack key={r.id} gap={2}>
              <Group>
                <RecordLink to={surveyPath(r.id)}>{t('customers.survey.answered', { serial: r.serialNo })}</RecordLink>
              </Group>
              {r.answers.map((a) => (
                <Text key={a.questionId} size="xs">
                  {a.questionText}：{a.level ? t(labelKey('customers', 'satisfaction', a.level)) : a.choice || a.text}
                </Text>
              ))}
            </Stack>
          ))
        ) : survey ? (
          <>
            {sourceModule === 'counter' && (
              <>
                <TextInput label={t('customers.fields.name')} {...field(form, 'name')} />
                <TextInput label={t('customers.fields.phone')} {...field(form, 'phone')} />
              </>
            )}
            <SurveyQuestions survey={survey} form={form} />
            <Button type="submit" loading={answer.isPending}>
              {t('customers.survey.save')}
            </Button>
          </>
        ) : null}
      </Stack>
    </form>
  );
}
