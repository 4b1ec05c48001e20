import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a channel: 'public' needs no login (login screen, recovery), 'session' any logged-in clerk,
 * a role that role or higher.
 */
export type Access = 'public' | 'session' | Role;

export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Phantom: only the type is used. */
  output: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I, access: Access): ChannelSpec<I, O> => ({
    input,
    access,
    output: undefined as O,
  });
}
