import {
  Alert,
  Autocomplete,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CallView, callCategoryValues } from '../../../../shared/contract/calls';
import { invoke } from '../../api/client';
import { newSubmissionKey, useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { FormRefusal } from '../../components/FormRefusal';
import { KnownCaller } from '../../components/KnownCaller';
import { translateMessage } from '../../i18n';
import { errorData, isStale, refusalText, showApiError } from '../../lib/apiErrors';
import { changedFields } from '../../lib/changes';
import { useDirtyMark } from '../../lib/dirtyForms';
import { maskPhone } from '../../lib/format';
import { field } from '../../lib/formFields';
import { type CallFormMode, type CallFormValues, initialValues, toInput } from './callFormModel';
import { DurationField, elapsedSince } from './DurationField';
import { RepeatCallerHint } from './RepeatCallerHint';
import { ReplyDueField } from './ReplyDueField';

interface CallFormProps {
  mode: CallFormMode;
  timeZone: string;
  /** After a save: the new or changed call. */
  onSaved(call: CallView): void;
  onCancel(): void;
  /** Tells the screen whether typed input would be lost by opening another record. */
  onDirtyChange(dirty: boolean): void;
}

/**
 * One call on one screen without scrolling. The number comes first: it is on the phone's display before the
 * caller says a word, and it brings up how often they called.
 */
export function CallForm({ mode, timeZone, onSaved, onCancel, onDirtyChange }: CallFormProps) {
  const { t } = useTranslation();
  const departments = useApiQuery('settings:list', { kind: 'departments', includeInactive: false });
  const logCall = useApiMutation('calls:log', ['calls:']);
  const updateCall = useApiMutation('calls:update', ['calls:', 'audit:']);
  // After a save the form waits for the next call: its timer starts with the first thing typed into it.
  const waitingForNext = useRef(false);
  const form = useForm<CallFormValues>({
    initialValues: initialValues(mode, timeZone),
    onValuesChange: () => {
      if (!waitingForNext.current) return;
      waitingForNext.current = false;
      setOpenedAt(Date.now());
    },
  });
  // The stored call an edit is based on; replaced by the current one when main refuses the edit as stale.
  const [editing, setEditing] = useState<CallView | null>(mode.kind === 'edit' ? mode.call : null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // One key per call typed in: sent again after a lost answer, the call is not logged twice.
  const [submission, setSubmission] = useState(newSubmissionKey);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useDirtyMark(dirty);
  const phoneRef = useRef<HTMLInputElement>(null);
  const answering = mode.kind === 'answer' ? mode.callback : null;
  // A new call's timer starts as its form opens (the phone is ringing); an edit or a callback being answered has none.
  const [openedAt, setOpenedAt] = useState<number | null>(() => (mode.kind === 'new' ? Date.now() : null));
  const timing = (): number | null => (form.getValues().direction === 'incoming' ? openedAt : null);

  const saved = (call: CallView) => {
    const savedMessage = t('calls.form.saved', { serial: call.serialNo });
    const message = answering
      ? `${t('calls.form.closedCallback', { serial: answering.serialNo })}；${savedMessage}`
      : savedMessage;
    notifications.show({ color: 'green', message });
    setSubmission(newSubmissionKey());
    setRefusal(null);
    form.setInitialValues(initialValues({ kind: 'new' }, timeZone));
    form.reset();
    if (openedAt !== null) {
      setOpenedAt(null);
      waitingForNext.current = true;
    }
    onSaved(call);
    // The next call may ring at once: be ready for it.
    window.setTimeout(() => phoneRef.current?.focus(), 0);
  };

  const submit = () => {
    const values = form.getValues();
    const since = timing();
    // Nothing typed as duration: an incoming call lasted from the form's opening until now.
    const withDuration =
      since !== null && values.duration.trim() === '' ? { ...values, duration: elapsedSince(since) } : values;
    const converted = toInput(withDuration, mode, timeZone, departments.data ?? []);
    if (!converted.ok) {
      form.setErrors(converted.errors);
      return;
    }
    setRefusal(null);
    const onError = (e: unknown) => {
      // The answer was lost, not necessarily the save: say so, and keep the key so sending again is safe.
      if (errorData(e).messageKey === 'errors.network') return setRefusal(t('errors.maybeSaved'));
      if (errorData(e).messageKey === 'errors.alreadySaved') return setRefusal(t('errors.alreadySaved'));
      if (!isStale(e) || !editing) return showApiError(e, form);
      // Changed in another tab since the form opened: show what changed, and the call as it is now.
      setRefusal(refusalText(e));
      void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('calls:') });
      void invoke('calls:get', { id: editing.id }).then((current) => {
        setEditing(current);
        form.setInitialValues(initialValues({ kind: 'edit', call: current }, timeZone));
        form.reset();
      });
    };
    if (editing) {
      const opened = toInput(
        initialValues({ kind: 'edit', call: editing }, timeZone),
        mode,
        timeZone,
        departments.data ?? [],
      );
      const { answersCallId: _answers, ...patch } = opened.ok
        ? changedFields(opened.input, converted.input)
        : converted.input;
      updateCall.mutate({ ...patch, id: editing.id, version: editing.version }, { onSuccess: saved, onError });
    } else logCall.mutate({ ...converted.input, __submission: submission }, { onSuccess: saved, onError });
  };

  // Enter inside multi-line text is a new line; Ctrl+Enter saves.
  const saveOnCtrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    // Esc in an open suggestion list closes the list, not the form.
    if ((e.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
    e.preventDefault();
    if (form.isDirty()) setConfirming(true);
    else onCancel();
  };

  const title =
    mode.kind === 'edit'
      ? t('calls.form.editTitle', { serial: mode.call.serialNo })
      : answering
        ? t('calls.form.answerTitle', { serial: answering.serialNo })
        : t('calls.form.newTitle');
  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? translateMessage(error) : undefined;
  };

  return (
    <form
      aria-label={title}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>{title}</Title>
          <SegmentedControl
            size="xs"
            aria-label={t('calls.fields.direction')}
            data={[
              { value: 'incoming', label: t(labelKey('calls', 'direction', 'incoming')) },
              { value: 'outgoing', label: t(labelKey('calls', 'direction', 'outgoing')) },
            ]}
            disabled={answering !== null}
            {...form.getInputProps('direction')}
          />
        </Group>
        <FormRefusal message={refusal} />
        {answering && (
          <Alert py={6} color="blue">
            {t('calls.form.answering', {
              name: answering.callerName,
              phone: maskPhone(answering.phone),
              summary: answering.summary,
            })}
          </Alert>
        )}
        <Group grow gap="xs" align="flex-start">
          <div>
            <TextInput
              ref={phoneRef}
              label={t('calls.fields.phone')}
              data-autofocus
              autoFocus
              {...field(form, 'phone')}
            />
            <RepeatCallerHint phone={form.getValues().phone} timeZone={timeZone} />
            <KnownCaller
              phone={form.getValues().phone}
              timeZone={timeZone}
              name={form.getValues().callerName}
              onName={(name) => form.setFieldValue('callerName', name)}
            />
          </div>
          {/* An outgoing call names whom the desk called (被叫人), not a caller. */}
          <TextInput
            label={t(form.getValues().direction === 'outgoing' ? 'calls.fields.calledName' : 'calls.fields.callerName')}
            {...field(form, 'callerName')}
          />
        </Group>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={t('calls.fields.startedAt')}
            placeholder={t('calls.fields.startedAtHint')}
            w={170}
            {...field(form, 'startedAt')}
          />
          <DurationField
            value={form.getValues().duration}
            error={errorOf('duration')}
            onChange={(v) => form.setFieldValue('duration', v)}
            runningSince={timing()}
          />
          <NativeSelect
            label={t('calls.fields.category')}
            data={callCategoryValues.map((c) => ({ value: c, label: t(labelKey('calls', 'category', c)) }))}
            style={{ flex: 1 }}
            {...field(form, 'category')}
          />
        </Group>
        <Textarea
          label={t('calls.fields.summary')}
          description={t('calls.fields.summaryHint')}
          autosize
          minRows={3}
          maxRows={5}
          {...field(form, 'summary')}
          onKeyDown={saveOnCtrlEnter}
        />
        <Autocomplete
          label={t('calls.fields.transferredTo')}
          placeholder={t('calls.fields.transferredHint')}
          data={(departments.data ?? []).map((d) => d.name)}
          {...field(form, 'transferredTo')}
        />
        {answering ? (
          <Textarea
            label={t('calls.fields.result')}
            autosize
            minRows={2}
            maxRows={3}
            {...field(form, 'result')}
            onKeyDown={saveOnCtrlEnter}
          />
        ) : (
          <ReplyDueField form={form} timeZone={timeZone} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => (form.isDirty() ? setConfirming(true) : onCancel())}>
            {t('calls.form.cancel')}
          </Button>
          <Button type="submit" loading={logCall.isPending || updateCall.isPending}>
            {t('calls.form.save')}
          </Button>
        </Group>
      </Stack>
      <DiscardConfirm
        opened={confirming}
        onKeep={() => setConfirming(false)}
        onDiscard={() => {
          setConfirming(false);
          form.reset();
          onCancel();
        }}
      />
    </form>
  );
}
