import { Button, Group, NativeSelect, PasswordInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ComplaintDetail,
  complaintCauseValues,
  complaintOutcomeValues,
  manualEventKindValues,
  satisfactionValues,
} from '../../../../shared/contract/complaints';
import { type MoneyRule, parseMoney } from '../../../../shared/contract/money';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { FormModal } from '../../components/FormModal';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { isStale, showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { moneyEcho } from '../../lib/money';
import { formatDateTime, parseSiteDateTime } from '../../lib/time';

export type ActionKind = 'notAccept' | 'assign' | 'wait' | 'resolve' | 'returnVisit' | 'close' | 'reopen' | 'addEvent';

interface Props {
  kind: ActionKind;
  complaint: ComplaintDetail;
  timeZone: string;
  onClose(): void;
  onDone(): void;
}

const initial = {
  reason: '',
  departmentId: '',
  clerkId: '',
  cause: 'occasional',
  outcome: 'other',
  resolution: '',
  compensation: '',
  approverId: '',
  approverPin: '',
  informedAt: '',
  informedHow: '',
  customerReaction: '',
  result: '',
  satisfaction: 'satisfied',
  eventKind: 'note',
  correctsEventId: '',
};
type Values = typeof initial;

/** No compensation is the common case: empty is ¥0.00. */
const compensationRule: MoneyRule = { field: 'compensation', allowZero: true, emptyFen: 0 };

/** Sends one action; returns false (and marks the form) when the typed input cannot be sent. */
function send(kind: ActionKind, c: ComplaintDetail, v: Values, tz: string, setError: (f: string, k: string) => void) {
  const id = c.id;
  // The version the clerk saw: a change another tab made since is refused, naming who changed what.
  const version = c.version;
  switch (kind) {
    case 'notAccept':
      return invoke('complaints:decide', { id, version, accept: false, reason: v.reason });
    case 'assign':
      return invoke('complaints:assign', {
        id,
        version,
        departmentId: v.departmentId,
        clerkId: v.clerkId,
        reason: v.reason,
      });
    case 'wait':
      return invoke('complaints:progress', { id, version, to: 'waiting_customer', reason: v.reason });
    case 'returnVisit':
      return invoke('complaints:returnVisit', {
        id,
        version,
        result: v.result,
        satisfaction: v.satisfaction as 'satisfied',
      });
    case 'close':
      return invoke('complaints:close', { id, version, noReturnVisitReason: v.reason });
    case 'reopen':
      return invoke('complaints:reopen', { id, version, reason: v.reason });
    case 'addEvent':
      return invoke('complaints:addEvent', {
        id,
        kind: v.eventKind as 'note',
        text: v.result,
        correctsEventId: v.correctsEventId || null,
      });
    case 'resolve': {
      const fen = parseMoney(v.compensation, compensationRule);
      if (!fen.ok) {
        setError('compensationFen', fen.messageKey);
        return null;
      }
      const informedAt = parseSiteDateTime(v.informedAt, tz);
      if (informedAt === undefined) {
        setError('informedAt', 'errors.complaintDeadlineFormat');
        return null;
      }
      return invoke('complaints:resolve', {
        id,
        version,
        cause: v.cause as 'serious',
        outcome: v.outcome as 'other',
        resolution: v.resolution,
        compensationFen: fen.fen,
        approverId: v.approverId || null,
        approverPin: v.approverPin || null,
        informedAt: informedAt ?? Date.now(),
        informedHow: v.informedHow,
        customerReaction: v.customerReaction,
      });
    }
  }
}

export function ActionDialog({ kind, complaint, timeZone, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: initial });
  const [refusal, setRefusal] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const departments = useApiQuery('settings:list', { kind: 'departments', includeInactive: false });
  const clerks = useApiQuery('clerks:list', { includeInactive: false });
  const v = form.getValues();
  const submit = () => {
    setRefusal(null);
    const promise = send(kind, complaint, form.getValues(), timeZone, (f, k) =>
      form.setFieldError(f, translateMessage(k)),
    );
    promise
      ?.then(() => {
        notifications.show({ color: 'green', message: `${complaint.serialNo} ${t('complaints.actions.done')}` });
        onDone();
      })
      .catch((e) => {
        showApiError(e, form, setRefusal);
        // Changed elsewhere since: the complaint behind the dialog shows what it is now, and a retry is based on it.
        if (isStale(e))
          void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('complaints:') });
      });
  };
  const ctrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };
  const select = (label: string, path: string, data: { value: string; label: string }[]) => (
    <NativeSelect label={label} data={data} {...field(form, path)} />
  );
  const opts = (values: readonly string[], list: 'cause' | 'outcome' | 'satisfaction' | 'eventKind') =>
    values.map((x) => ({ value: x, label: t(`labels.complaints.values.${list}.${x}`) }));
  const people = (clerks.data ?? []).map((c) => ({
    value: c.id,
    label: `${c.name}（${t(labelKey('core', 'role', c.role))}）`,
  }));
  const reasonLabel =
    kind === 'assign'
      ? t('complaints.dialog.reassignReason')
      : kind === 'wait'
        ? t('complaints.dialog.waitReason')
        : kind === 'close'
          ? t('complaints.dialog.noVisitReason')
          : t('complaints.dialog.reason');
  const title = t(`complaints.actions.${kind === 'assign' && complaint.assignedClerkId ? 'reassign' : kind}`);

  return (
    <FormModal
      opened
      title={`${title} · ${complaint.serialNo}`}
      dirty={form.isDirty()}
      onClose={onClose}
      size={kind === 'resolve' ? 760 : 'md'}
    >
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <FormRefusal message={refusal} />
          {kind === 'assign' && (
            <SimpleGrid cols={2} spacing="xs">
              {select(t('complaints.fields.assignedDepartment'), 'departmentId', [
                { value: '', label: '' },
                ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name })),
              ])}
              {select(t('complaints.fields.assignedClerk'), 'clerkId', [{ value: '', label: '' }, ...people])}
            </SimpleGrid>
          )}
          {kind === 'resolve' && (
            <>
              <SimpleGrid cols={3} spacing="xs">
                {select(t('complaints.dialog.cause'), 'cause', opts(complaintCauseValues, 'cause'))}
                {select(t('complaints.dialog.outcome'), 'outcome', opts(complaintOutcomeValues, 'outcome'))}
                <TextInput
                  label={t('complaints.dialog.compensation')}
                  placeholder="0.00"
                  inputMode="decimal"
                  description={moneyEcho(form.getValues().compensation, compensationRule)}
                  {...field(form, 'compensation')}
                  error={form.errors.compensationFen ?? form.errors.compensation}
                />
              </SimpleGrid>
              <Textarea
                label={t('complaints.dialog.resolution')}
                autosize
                minRows={2}
                maxRows={3}
                {...field(form, 'resolution')}
                onKeyDown={ctrlEnter}
                data-autofocus
              />
              <SimpleGrid cols={3} spacing="xs">
                <TextInput
                  label={t('complaints.dialog.informedAt')}
                  placeholder={t('complaints.dialog.informedAtHint')}
                  {...field(form, 'informedAt')}
                />
                <TextInput label={t('complaints.dialog.informedHow')} {...field(form, 'informedHow')} />
                <TextInput label={t('complaints.dialog.reaction')} {...field(form, 'customerReaction')} />
              </SimpleGrid>
              <SimpleGrid cols={2} spacing="xs">
                {select(t('complaints.dialog.approver'), 'approverId', [
                  { value: '', label: t('complaints.fields.none') },
                  ...people,
                ])}
                <PasswordInput label={t('complaints.dialog.approverPin')} {...field(form, 'approverPin')} />
              </SimpleGrid>
            </>
          )}
          {kind === 'returnVisit' &&
            select(t('complaints.dialog.satisfaction'), 'satisfaction', opts(satisfactionValues, 'satisfaction'))}
          {kind === 'addEvent' && (
            <SimpleGrid cols={2} spacing="xs">
              {select(t('complaints.dialog.eventKind'), 'eventKind', opts(manualEventKindValues, 'eventKind'))}
              {v.eventKind === 'correction' &&
                select(t('complaints.dialog.corrects'), 'correctsEventId', [
                  { value: '', label: '' },
                  ...complaint.events.map((e) => ({
                    value: e.id,
                    label: `${formatDateTime(e.at, timeZone)} ${e.text.slice(0, 20)}`,
                  })),
                ])}
            </SimpleGrid>
          )}
          {(kind === 'returnVisit' || kind === 'addEvent') && (
            <Textarea
              label={kind === 'returnVisit' ? t('complaints.dialog.result') : t('complaints.dialog.eventText')}
              autosize
              minRows={3}
              maxRows={5}
              data-autofocus
              {...field(form, 'result')}
              error={form.errors.result ?? form.errors.text}
              onKeyDown={ctrlEnter}
            />
          )}
          {['notAccept', 'assign', 'wait', 'close', 'reopen'].includes(kind) && (
            <TextInput
              label={reasonLabel}
              description={kind === 'close' ? t('complaints.dialog.noVisitHint') : undefined}
              {...field(form, 'reason')}
              error={form.errors.reason ?? form.errors.noReturnVisitReason}
              data-autofocus={kind !== 'assign'}
            />
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('complaints.form.cancel')}
            </Button>
            <Button type="submit">{t('complaints.form.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
