import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type AnnouncementView,
  type LostChildStep,
  lostChildStepValues,
  stepInput,
} from '../../../../shared/contract/announcements';
import { useApiMutation } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { formatDateTime, parseSiteDateTime } from '../../lib/time';

interface StepValues {
  who: string;
  at: string;
  note: string;
}

/** One step not yet done: who did it, when (empty is now), a note; Enter records it. */
function StepForm({ item, step, timeZone }: { item: AnnouncementView; step: LostChildStep; timeZone: string }) {
  const { t } = useTranslation();
  const save = useApiMutation('announcements:step', ['announcements:', 'audit:']);
  const form = useForm<StepValues>({ initialValues: { who: '', at: '', note: '' } });
  const label = t(labelKey('announcements', 'step', step));
  const submit = () => {
    const v = form.getValues();
    const at = parseSiteDateTime(v.at, timeZone);
    const checked = checkWith(
      stepInput,
      { id: item.id, step, who: v.who, at: at ?? null, note: v.note },
      at === undefined ? { at: 'announcements.form.timeFormat' } : {},
    );
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(checked.input, {
      onSuccess: () =>
        notifications.show({ color: 'green', message: t('announcements.detail.stepSaved', { step: label }) }),
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <form
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Group gap={4} align="flex-start" wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          aria-label={t('announcements.fields.who')}
          placeholder={t('announcements.fields.who')}
          {...field(form, 'who')}
        />
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          aria-label={t('announcements.fields.at')}
          placeholder={t('announcements.fields.atHint')}
          {...field(form, 'at')}
        />
        <TextInput
          size="xs"
          style={{ flex: 3 }}
          aria-label={t('announcements.fields.note')}
          placeholder={t('announcements.fields.note')}
          {...field(form, 'note')}
        />
        <Button size="xs" type="submit" loading={save.isPending}>
          {t('announcements.detail.stepRecord')}
        </Button>
      </Group>
    </form>
  );
}

/**
 * 走失儿童处置: the five steps in order, each done one with its time and who, each open one with a line to record it.
 * The hand-over is recorded by closing the case (guardian and ID), so its line is the close form below.
 */
export function LostChildChecklist({ item, timeZone }: { item: AnnouncementView; timeZone: string }) {
  const { t } = useTranslation();
  const open = item.state === 'open';
  return (
    <Stack gap={4} aria-label={t('announcements.detail.checklist')}>
      <Title order={5}>{t('announcements.detail.checklist')}</Title>
      {lostChildStepValues.map((step, index) => {
        const done = item.steps.filter((s) => s.step === step);
        const label = t(labelKey('announcements', 'step', step));
        return (
          <Stack key={step} gap={2}>
            <Group gap={6} wrap="nowrap">
              <Badge
                size="sm"
                circle
                color={done.length > 0 ? 'green' : 'gray'}
                variant={done.length > 0 ? 'filled' : 'outline'}
              >
                {done.length > 0 ? '✓' : index + 1}
              </Badge>
              <Text size="sm" fw={600}>
                {label}
              </Text>
            </Group>
            {done.map((s) => (
              <Text key={s.id} size="xs" pl={28}>
                {t('announcements.detail.stepDone', { at: formatDateTime(s.at, timeZone), who: s.who })}
                {s.note ? ` · ${s.note}` : ''}
              </Text>
            ))}
            {open && step !== 'handed' && step !== 'broadcast' && done.length === 0 && (
              <StepForm item={item} step={step} timeZone={timeZone} />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
