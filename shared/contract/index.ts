import type { z } from 'zod';
import { auditContract } from './audit';
import { callsContract } from './calls';
import type { ChannelSpec } from './channel';
import { clerksContract } from './clerks';
import { receptionContract } from './reception';
import { searchContract } from './search';
import { sessionContract } from './session';
import { settingsContract } from './settings';
import { shiftsContract } from './shifts';

/** The whole IPC contract: every channel, its input schema and its output type. */
export const contract = {
  ...sessionContract,
  ...settingsContract,
  ...clerksContract,
  ...shiftsContract,
  ...auditContract,
  ...searchContract,
  ...receptionContract,
  ...callsContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
// biome-ignore lint/suspicious/noExplicitAny: generic constraint over every channel spec
type AnySpec = ChannelSpec<any, unknown>;
export type Input<C extends Channel> = Contract[C] extends AnySpec ? z.input<Contract[C]['input']> : never;
export type ParsedInput<C extends Channel> = Contract[C] extends AnySpec ? z.output<Contract[C]['input']> : never;
export type Output<C extends Channel> = Contract[C]['output'];

export const channelNames = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

export * from './roles';
