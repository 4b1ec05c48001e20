import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AnnouncementKind,
  type AnnouncementView,
  announcementKindValues,
  type ChildGender,
  childGenderValues,
  fillTemplate,
  logAnnouncementInput,
  templateBlanks,
} from '../../../../shared/contract/announcements';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey, labelOptions } from '../../app/labels';
import { FormRefusal } from '../../components/FormRefusal';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { useSubmission } from '../../lib/staleEdit';

interface LogValues {
  kind: AnnouncementKind;
  templateId: string;
  blanks: Record<string, string>;
  text: string;
  requesterName: string;
  requesterPhone: string;
  childName: string;
  childAge: string;
  childGender: ChildGender;
  childDescription: string;
  lastSeenPlace: string;
}

const empty: LogValues = {
  kind: 'person',
  templateId: '',
  blanks: {},
  text: '',
  requesterName: '',
  requesterPhone: '',
  childName: '',
  childAge: '',
  childGender: 'unknown',
  childDescription: '',
  lastSeenPlace: '',
};

/**
 * 登记广播: the kind, a template whose blanks the clerk fills (the text follows as they type), who asked; a lost
 * child also the child, clothing and place. Enter saves; the form is ready for the next at once.
 */
export function AnnouncementForm({ onLogged }: { onLogged(item: AnnouncementView): void }) {
  const { t } = useTranslation();
  const templates = useApiQuery('announcements:templates', { includeInactive: false });
  const log = useApiMutation('announcements:log', ['announcements:']);
  // A form re-sent after a lost answer is stored once (the key is renewed after each save).
  const submission = useSubmission();
  const form = useForm<LogValues>({ initialValues: empty });
  const firstRef = useRef<HTMLTextAreaElement>(null);
  const values = form.getValues();
  const ofKind = (templates.data ?? []).filter((tpl) => tpl.kind === values.kind);
  const template = ofKind.find((tpl) => tpl.id === values.templateId);
  const blanks = template ? templateBlanks(template.text) : [];
  const lostChild = values.kind === 'lost_child';
  const refill = (templateId: string, filled: Record<string, string>) => {
    const chosen = ofKind.find((tpl) => tpl.id === templateId);
    if (chosen) form.setFieldValue('text', fillTemplate(chosen.text, filled));
  };
  const submit = () => {
    const v = form.getValues();
    const child = v.kind === 'lost_child';
    const age = v.childAge.trim() === '' ? null : Number(v.childAge);
    const checked = checkWith(
      logAnnouncementInput,
      {
        kind: v.kind,
        templateId: v.templateId || null,
        text: v.text,
        requesterName: v.requesterName,
        requesterPhone: v.requesterPhone,
        childName: child ? v.childName : '',
        childAge: child && age !== null && Number.isFinite(age) ? age : null,
        childGender: child ? v.childGender : null,
        childDescription: child ? v.childDescription : '',
        lastSeenPlace: child ? v.lastSeenPlace : '',
      },
      child && age !== null && !Number.isInteger(age) ? { childAge: 'errors.wholeNumber' } : {},
    );
    if (!checked.ok) return form.setErrors(checked.errors);
    log.mutate(
      submission.keyed(checked.input),
      submission.callbacks(
        (item: AnnouncementView) => {
          notifications.show({ color: 'green', message: t('announcements.form.saved', { serial: item.serialNo }) });
          form.setValues({ ...empty, kind: v.kind });
          onLogged(item);
          window.setTimeout(() => firstRef.current?.focus(), 0);
        },
        (e) => showApiError(e, form, submission.setRefusal),
      ),
    );
  };
  return (
    <form
      aria-label={t('announcements.form.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.ctrlKey) submit();
      }}
    >
      <Stack gap={6}>
        <Title order={4}>{t('announcements.form.title')}</Title>
        <FormRefusal message={submission.refusal} />
        <SegmentedControl
          aria-label={t('announcements.fields.kind')}
          data={announcementKindValues.map((k) => ({ value: k, label: t(labelKey('announcements', 'kind', k)) }))}
          value={values.kind}
          onChange={(v) => {
            const kind = announcementKindValues.find((k) => k === v) ?? 'person';
            form.setValues({ kind, templateId: '', blanks: {}, text: '' });
          }}
          color={lostChild ? 'red' : undefined}
        />
        {lostChild && (
          <Alert py={4} color="red">
            {t('announcements.form.lostChildHint')}
          </Alert>
        )}
        <NativeSelect
          label={t('announcements.fields.template')}
          data={[
            { value: '', label: t('announcements.form.noTemplate') },
            ...ofKind.map((tpl) => ({ value: tpl.id, label: tpl.name })),
          ]}
          value={values.templateId}
          onChange={(e) => {
            const id = e.currentTarget.value;
            form.setFieldValue('templateId', id);
            form.setFieldValue('blanks', {});
            refill(id, {});
          }}
        />
        {blanks.length > 0 && (
          <Group grow gap="xs" align="flex-start" aria-label={t('announcements.form.blanks')}>
            {blanks.map((blank) => (
              <TextInput
                key={blank}
                label={blank}
                value={values.blanks[blank] ?? ''}
                onChange={(e) => {
                  const filled = { ...form.getValues().blanks, [blank]: e.currentTarget.value };
                  form.setFieldValue('blanks', filled);
                  refill(values.templateId, filled);
                }}
              />
            ))}
          </Group>
        )}
        <Textarea
          ref={firstRef}
          autoFocus
          autosize
          minRows={2}
          maxRows={5}
          label={t('announcements.fields.text')}
          {...field(form, 'text')}
        />
        {lostChild && (
          <>
            <Group grow gap="xs" align="flex-start">
              <TextInput label={t('announcements.fields.childName')} {...field(form, 'childName')} />
              <TextInput label={t('announcements.fields.childAge')} inputMode="numeric" {...field(form, 'childAge')} />
              <NativeSelect
                label={t('announcements.fields.childGender')}
                data={labelOptions(t, 'announcements', 'gender', childGenderValues)}
                {...field(form, 'childGender')}
              />
            </Group>
            <Group grow gap="xs" align="flex-start">
              <TextInput label={t('announcements.fields.childDescription')} {...field(form, 'childDescription')} />
              <TextInput label={t('announcements.fields.lastSeenPlace')} {...field(form, 'lastSeenPlace')} />
            </Group>
          </>
        )}
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('announcements.fields.requesterName')} {...field(form, 'requesterName')} />
          <TextInput
            label={t('announcements.fields.requesterPhone')}
            inputMode="tel"
            {...field(form, 'requesterPhone')}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={log.isPending} color={lostChild ? 'red' : undefined}>
            {t('announcements.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
