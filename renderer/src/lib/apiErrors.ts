import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';
import { translateMessage } from '../i18n';

interface FormLike {
  setFieldError(path: string, error: string): void;
}

/**
 * Puts a refusal where the clerk looks: at the wrong field when there is one, otherwise in a notification.
 * Unknown failures say that nothing was lost, never show a stack trace.
 */
export function showApiError(error: unknown, form?: FormLike): void {
  const data = error instanceof ApiError ? error.data : { code: 'internal' as const, messageKey: 'errors.internal' };
  if (form && data.fieldErrors && Object.keys(data.fieldErrors).length > 0) {
    for (const [field, key] of Object.entries(data.fieldErrors)) form.setFieldError(field, translateMessage(key));
    return;
  }
  const message = translateMessage(data.messageKey, data.params);
  if (form && data.field) {
    form.setFieldError(data.field, message);
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
