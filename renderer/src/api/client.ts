import type { Channel, Input, Output } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import { transport } from './transport';

/** A refusal or failure from main, as data; the UI shows `messageKey` through i18n, never a stack trace. */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.messageKey);
  }
}

export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await transport(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data as Output<C>;
}
