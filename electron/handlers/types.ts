import type { ChannelSpec } from '../../shared/contract/channel';
import type { Actor, ServiceContext } from '../services/context';
import type { AppRuntime } from './runtime';

/** What a handler receives besides its parsed input. */
export interface HandlerCall {
  runtime: AppRuntime;
  ctx: ServiceContext;
  /** The logged-in clerk; throws `unauthenticated` when nobody is. */
  actor(): Actor;
}

// biome-ignore lint/suspicious/noExplicitAny: matches any channel spec of a module contract
type AnySpec = ChannelSpec<any, any>;

export type HandlerMap<M extends Record<string, AnySpec>> = {
  [K in keyof M]: (
    input: M[K] extends ChannelSpec<infer I, unknown> ? import('zod').output<I> : never,
    call: HandlerCall,
  ) => M[K]['output'] | Promise<M[K]['output']>;
};
