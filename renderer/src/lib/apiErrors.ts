import { notifications } from '@mantine/notifications';
import type { AppErrorData } from '../../../shared/errors';
import { ApiError } from '../api/client';
import i18n, { translateMessage } from '../i18n';
import { formatDateTime } from './time';

let displayTimeZone = 'Asia/Shanghai';
/** The site's time zone, for the times a refusal names (the shell sets it from the session). */
export function setDisplayTimeZone(timeZone: string): void {
  displayTimeZone = timeZone;
}

/** The refusal of a failed call as data; an unknown failure is an internal one. */
export function errorData(error: unknown): AppErrorData {
  return error instanceof ApiError ? error.data : { code: 'internal', messageKey: 'errors.internal' };
}

/**
 * A refusal in the clerk's words. A stale edit names who changed the record since the form was opened, when, and
 * which fields.
 */
export function refusalText(error: unknown): string {
  const data = errorData(error);
  if (data.changedSince?.length) {
    const changes = data.changedSince
      .map((change) =>
        i18n.t('errors.changeBy', {
          who: change.clerkName ?? i18n.t('errors.someone'),
          time: formatDateTime(change.at, displayTimeZone),
          fields: change.fieldKeys.map((key) => i18n.t(key)).join(i18n.t('errors.listSeparator')),
        }),
      )
      .join(i18n.t('errors.changeSeparator'));
    return i18n.t('errors.staleVersion', { changes });
  }
  return translateMessage(data.messageKey, data.params);
}

/** True when the refusal says the record changed since the form was opened: the form should reload it. */
export function isStale(error: unknown): boolean {
  return errorData(error).messageKey === 'errors.staleVersion';
}

interface FormLike {
  setFieldError(path: string, error: string): void;
  /** The form's values: a refusal whose field is not among them is not shown at a field. */
  getValues?(): object;
}

/**
 * Puts a refusal where the clerk looks: at the wrong field when there is one, otherwise in a notification.
 * Unknown failures say that nothing was lost, never show a stack trace.
 */
export function showApiError(error: unknown, form?: FormLike, inForm?: (message: string) => void): void {
  const data = errorData(error);
  if (form && data.fieldErrors && Object.keys(data.fieldErrors).length > 0) {
    for (const [field, key] of Object.entries(data.fieldErrors)) form.setFieldError(field, translateMessage(key));
    return;
  }
  const message = refusalText(error);
  const values = form?.getValues?.();
  const fieldShown = data.field !== undefined && (values === undefined || data.field in values);
  if (form && data.field && fieldShown) {
    form.setFieldError(data.field, message);
    return;
  }
  // A refusal no field of this form shows (an approver's wrong PIN, a status another tab changed): in the form.
  if (inForm) {
    inForm(message);
    return;
  }
  notifications.show({ color: 'red', message, autoClose: 8000 });
}

/** For form validation with the contract's own schemas: zod messages are i18n keys. */
export function translateErrors(errors: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors))
    if (typeof message === 'string') out[field] = translateMessage(message);
  return out;
}
