import type { z } from 'zod';
import {
  type CallCategory,
  type CallDirection,
  type CallView,
  formatDuration,
  type LogCallInput,
  logCallInput,
  parseDuration,
} from '../../../../shared/contract/calls';
import type { NamedItem } from '../../../../shared/contract/settings';
import { formatDateTime, parseSiteDateTime } from '../../lib/time';

/** What the form holds: text as typed; times and duration are converted only on save. */
export interface CallFormValues {
  direction: CallDirection;
  startedAt: string;
  duration: string;
  callerName: string;
  phone: string;
  category: CallCategory;
  summary: string;
  transferredTo: string;
  replyNeeded: boolean;
  replyDueAt: string;
  result: string;
}

/** new: a fresh call; answer: the outgoing call that closes a callback; edit: correct a logged call. */
export type CallFormMode = { kind: 'new' } | { kind: 'answer'; callback: CallView } | { kind: 'edit'; call: CallView };

export function initialValues(mode: CallFormMode, timeZone: string): CallFormValues {
  const blank: CallFormValues = {
    direction: 'incoming',
    startedAt: '',
    duration: '',
    callerName: '',
    phone: '',
    category: 'enquiry',
    summary: '',
    transferredTo: '',
    replyNeeded: false,
    replyDueAt: '',
    result: '',
  };
  if (mode.kind === 'answer') {
    const c = mode.callback;
    return { ...blank, direction: 'outgoing', callerName: c.callerName, phone: c.phone, category: 'callback' };
  }
  if (mode.kind === 'edit') {
    const c = mode.call;
    return {
      direction: c.direction,
      startedAt: formatDateTime(c.startedAt, timeZone),
      duration: formatDuration(c.durationSec),
      callerName: c.callerName,
      phone: c.phone,
      category: c.category,
      summary: c.summary,
      transferredTo: c.transferredTo,
      replyNeeded: c.replyNeeded,
      replyDueAt: c.replyDueAt === null ? '' : formatDateTime(c.replyDueAt, timeZone),
      result: c.result,
    };
  }
  return blank;
}

export type ToInputResult =
  | { ok: true; input: z.output<typeof logCallInput> }
  | { ok: false; errors: Record<string, string> };

/**
 * Converts the typed text and checks it with the contract's own schema, so the form refuses exactly what main
 * would refuse, with the same message keys.
 */
export function toInput(
  values: CallFormValues,
  mode: CallFormMode,
  timeZone: string,
  departments: NamedItem[],
): ToInputResult {
  const errors: Record<string, string> = {};
  const startedAt = parseSiteDateTime(values.startedAt, timeZone);
  if (startedAt === undefined) errors.startedAt = 'calls.timeFormat';
  const replyDueAt = parseSiteDateTime(values.replyDueAt, timeZone);
  if (replyDueAt === undefined) errors.replyDueAt = 'calls.timeFormat';
  const durationSec = parseDuration(values.duration);
  if (durationSec === null) errors.duration = 'errors.durationFormat';
  const department = departments.find((d) => d.name === values.transferredTo.trim());
  const raw: LogCallInput = {
    direction: values.direction,
    startedAt: startedAt ?? undefined,
    durationSec: durationSec ?? 0,
    callerName: values.callerName,
    phone: values.phone,
    category: values.category,
    summary: values.summary,
    transferredTo: values.transferredTo,
    transferDepartmentId: department?.id ?? null,
    replyNeeded: values.replyNeeded,
    replyDueAt: values.replyNeeded ? (replyDueAt ?? null) : null,
    answersCallId: mode.kind === 'answer' ? mode.callback.id : null,
    result: values.result,
  };
  const parsed = logCallInput.safeParse(raw);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'durationSec' ? 'duration' : String(issue.path[0]);
      errors[field] ??= issue.message;
    }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
