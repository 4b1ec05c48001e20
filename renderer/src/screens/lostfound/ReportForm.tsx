import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type LostfoundReportView, lostfoundCategoryValues } from '../../../../shared/contract/lostfound';
import { useApiMutation } from '../../api/hooks';
import { labelOptions } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';
import { emptyReport, type ReportValues, toReportInput } from './formModel';

/** 寻物登记: what the customer lost, where and when, and a phone to call back; saving shows the candidates. */
export function ReportForm({ timeZone, onSaved }: { timeZone: string; onSaved(report: LostfoundReportView): void }) {
  const { t } = useTranslation();
  const save = useApiMutation('lostfound:report', ['lostfound:']);
  // Re-sent after a lost answer, the same report is not stored twice.
  const submission = useSubmission();
  const form = useForm<ReportValues>({ initialValues: emptyReport(Date.now(), timeZone) });
  const submit = () => {
    const checked = toReportInput(form.getValues(), timeZone);
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (report: LostfoundReportView) => {
          notifications.show({ color: 'green', message: t('lostfound.reports.saved', { serial: report.serialNo }) });
          form.setInitialValues(emptyReport(Date.now(), timeZone));
          form.reset();
          onSaved(report);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  return (
    <form
      aria-label={t('lostfound.reports.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{t('lostfound.reports.title')}</Title>
        <FormRefusal message={submission.refusal} />
        <Group grow gap="xs" align="flex-start">
          <TextInput autoFocus label={t('lostfound.fields.reporterName')} {...field(form, 'reporterName')} />
          <TextInput label={t('lostfound.fields.phone')} inputMode="tel" {...field(form, 'phone')} />
          <NativeSelect
            label={t('lostfound.fields.category')}
            data={labelOptions(t, 'lostfound', 'category', lostfoundCategoryValues)}
            {...field(form, 'category')}
          />
        </Group>
        <TextInput label={t('lostfound.fields.description')} {...field(form, 'description')} />
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('lostfound.fields.lostPlace')} {...field(form, 'lostPlace')} />
          <TextInput label={t('lostfound.fields.lostFrom')} {...field(form, 'lostFrom')} />
          <TextInput label={t('lostfound.fields.lostTo')} {...field(form, 'lostTo')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('lostfound.reports.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
