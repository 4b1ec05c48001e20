/** An error as it crosses the IPC boundary: data, never an exception object. `messageKey` is an i18n key. */
export interface AppErrorData {
  code: ErrorCode;
  messageKey: string;
  field?: string;
  params?: Record<string, string | number>;
  /** Every field that failed, so a form can mark them all at once. */
  fieldErrors?: Record<string, string>;
  /** A stale edit: who changed the record since the version the form was based on, and what. */
  changedSince?: ChangeSince[];
}

/** One change made to a record after the version an edit was based on. */
export interface ChangeSince {
  clerkName: string | null;
  at: number;
  /** The i18n keys of the fields it changed (labels, never column names). */
  fieldKeys: string[];
}

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'rule'
  | 'locked'
  | 'storage'
  | 'unknown_channel'
  | 'untrusted_sender'
  | 'unavailable'
  | 'internal';

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

/**
 * Zod messages carry an i18n key, optionally with parameters: `errors.tooLong|{"max":40}`.
 * The renderer splits them again with `parseMessage`.
 */
export function messageWithParams(key: string, params?: Record<string, string | number>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function parseMessage(message: string): { key: string; params?: Record<string, string | number> } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message };
  try {
    return { key: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) };
  } catch {
    return { key: message.slice(0, bar) };
  }
}
