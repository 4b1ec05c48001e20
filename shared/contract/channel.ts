import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a channel: 'public' needs no login (login screen, recovery), 'session' any logged-in clerk,
 * a role that role or higher.
 */
export type Access = 'public' | 'session' | Role;

/** A clerk's PIN a call carries to be checked (login, unlock, the incoming clerk, an approval at the counter). */
export interface PinCheck {
  clerkId: string;
  pin: string;
}

export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /**
   * The PINs in a parsed input that the service will compare: the dispatcher compares them in the thread pool
   * before the service runs, so 40 ms of scrypt never holds the main thread. Declared here, by the channel, instead
   * of being guessed from key names.
   */
  pins?(input: z.output<I>): (PinCheck | null)[];
  /**
   * An edit or status change: the record it changes and the version the clerk's form was based on. The dispatcher
   * and the writer refuse it when the record has changed since (`errors.staleVersion`, naming who changed what).
   */
  versioned?(input: z.output<I>): VersionedRecord | null;
  /** Phantom: only the type is used. */
  output: O;
}

export interface ChannelOptions<I extends z.ZodType> {
  pins?: (input: z.output<I>) => (PinCheck | null)[];
  /** Null when the call changes no stored record (an add-or-edit form that adds). */
  versioned?: (input: z.output<I>) => VersionedRecord | null;
}

/** Which record an edit changes (by its audited entity's name) and the version the edit was based on. */
export interface VersionedRecord {
  entity: string;
  id: string;
  version: number;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I, access: Access, options: ChannelOptions<I> = {}): ChannelSpec<I, O> => ({
    input,
    access,
    pins: options.pins,
    versioned: options.versioned,
    output: undefined as O,
  });
}

/** Any channel's spec, for generic code over the contract (the dispatcher, the registries). */
export type AnySpec = ChannelSpec<z.ZodType, unknown>;

/** A module's channels: every name starts with the module's own name, `reception:register`. */
export type ChannelsOf<M extends string> = Record<`${M}:${string}`, AnySpec>;
