import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { satisfactionValues } from '../../../../shared/contract/complaint-fields';
import {
  type RevisitPlanView,
  type RevisitResult,
  revisitCallInput,
  revisitResultValues,
} from '../../../../shared/contract/customers';
import { useApiMutation } from '../../api/hooks';
import { labelKey, labelOptions } from '../../app/labels';
import { VoidDialog } from '../../components/VoidDialog';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';
import { parseSiteDay } from '../../lib/time';

interface CallValues {
  result: RevisitResult;
  satisfaction: string;
  note: string;
  minutes: string;
  nextDueAt: string;
}

/** One call of the list: what came of it, the satisfaction when reached, and a next date if one is agreed. */
import { RevisitSourceLink } from './RevisitSourceLink';
export function RevisitCallForm(props: {
  plan: RevisitPlanView;
  timeZone: string;
  canCancel: boolean;
  onDone(saved?: RevisitPlanView): void;
}) {
  const { plan, timeZone, canCancel, onDone } = props;
  const { t } = useTranslation();
  const log = useApiMutation('customers:revisitCall', ['customers:', 'calls:', 'search:']);
  const cancel = useApiMutation('customers:cancelRevisit', ['customers:']);
  const [cancelling, setCancelling] = useState(false);
  const form = useForm<CallValues>({
    initialValues: { result: 'reached', satisfaction: '', note: '', minutes: '', nextDueAt: '' },
  });
  const values = form.getValues();
  const title = t('customers.call.title', { serial: plan.serialNo });
  if (plan.status !== 'planned')
    return (
      <Text size="sm">
        {t('customers.call.closed', { status: t(labelKey('customers', 'revisitStatus', plan.status)) })}
      </Text>
    );
  const submit = () => {
    const v = form.getValues();
    const next = parseSiteDay(v.nextDueAt, timeZone);
    const minutes = v.minutes.trim() === '' ? 0 : Number(v.minutes);
    const checked = checkWith(
      revisitCallInput,
      {
        id: plan.id,
        version: plan.version,
        result: v.result,
        satisfaction:
          v.result === 'reached' && v.satisfaction ? (v.satisfaction as (typeof satisfactionValues)[number]) : null,
        note: v.note,
        durationSec: Number.isInteger(minutes) ? minutes * 60 : -1,
        nextDueAt: v.result === 'reached' ? (next ?? null) : null,
      },
      next === undefined ? { nextDueAt: 'customers.call.dateFormat' } : {},
    );
    if (!checked.ok) {
      const errors = { ...checked.errors };
      if (errors.durationSec) errors.minutes = 'errors.wholeNumber';
      return form.setErrors(errors);
    }
    log.mutate(checked.input, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          message: t('customers.call.done', { serial: saved.lastCallSerial ?? '' }),
        });
        onDone(saved);
      },
      onError: (e) => showApiError(e, form),
    });
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
        <Text size="sm">
          {plan.name} {plan.phoneMasked}
          {plan.fileNo && (
            <Text span size="xs" c="dimmed" ff="monospace">
              {' '}
              {plan.fileNo}
            </Text>
          )}
        </Text>
        <Group gap={4}>
          <Text size="sm">{plan.reason}</Text>
          <RevisitSourceLink plan={plan} />
        </Group>
        {plan.preferredContactTime && (
          <Text size="sm">{t('customers.visits.preferred', { time: plan.preferredContactTime })}</Text>
        )}
        <Text size="xs" c="dimmed">
          {t('customers.call.attempts', { n: plan.attempts + 1, max: plan.maxAttempts })}
        </Text>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('customers.call.result')}
          </Text>
          <SegmentedControl
            aria-label={t('customers.call.result')}
            data={revisitResultValues.map((r) => ({ value: r, label: t(labelKey('customers', 'result', r)) }))}
            {...form.getInputProps('result')}
          />
        </Stack>
        {values.result === 'reached' && (
          <NativeSelect
            label={t('customers.call.satisfaction')}
            data={[{ value: '', label: '—' }, ...labelOptions(t, 'customers', 'satisfaction', satisfactionValues)]}
            {...field(form, 'satisfaction')}
          />
        )}
        <Textarea autosize minRows={2} label={t('customers.call.note')} {...field(form, 'note')} />
        <Group grow gap="xs" align="flex-start">
          <TextInput label={t('customers.call.duration')} inputMode="numeric" {...field(form, 'minutes')} />
          {values.result === 'reached' && (
            <TextInput
              label={t('customers.call.nextDueAt')}
              placeholder={t('customers.call.dateHint')}
              {...field(form, 'nextDueAt')}
            />
          )}
        </Group>
        <Group justify="space-between">
          {canCancel ? (
            <Button variant="subtle" color="red" size="xs" onClick={() => setCancelling(true)}>
              {t('customers.call.cancel')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" loading={log.isPending}>
            {t('customers.call.save')}
          </Button>
        </Group>
      </Stack>
      <VoidDialog
        opened={cancelling}
        title={t('customers.call.cancelTitle', { serial: plan.serialNo })}
        busy={cancel.isPending}
        onClose={() => setCancelling(false)}
        onConfirm={async (reason) => {
          await cancel.mutateAsync({ id: plan.id, reason });
          setCancelling(false);
          onDone();
        }}
      />
    </form>
  );
}
