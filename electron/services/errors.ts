import type { AppErrorData, ChangeSince, ErrorCode } from '../../shared/errors';

/** A refusal the clerk should read: thrown by services, turned into data at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
    readonly changedSince?: ChangeSince[],
  ) {
    super(messageKey);
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, messageKey: this.messageKey, field: this.field, params: this.params };
    if (this.changedSince) data.changedSince = this.changedSince;
    return data;
  }
}

export const refuse = (messageKey: string, field?: string, params?: Record<string, string | number>) =>
  new AppError('rule', messageKey, field, params);

export const notFound = (messageKey = 'errors.notFound') => new AppError('not_found', messageKey);
