import type { z } from 'zod';
import { auditContract } from './audit';
import { backupContract } from './backup';
import { callsContract } from './calls';
import type { ChannelSpec } from './channel';
import { clerksContract } from './clerks';
import { complaintsContract } from './complaints';
import { handoverContract } from './handover';
import { invoicesContract } from './invoices';
import { receptionContract } from './reception';
import { reportsContract } from './reports';
import { returnsContract } from './returns';
import { searchContract } from './search';
import { sessionContract } from './session';
import { settingsContract } from './settings';
import { shiftsContract } from './shifts';
import { storageContract } from './storage';

/** The whole IPC contract: every channel, its input schema and its output type. */
export const contract = {
  ...sessionContract,
  ...settingsContract,
  ...clerksContract,
  ...shiftsContract,
  ...auditContract,
  ...searchContract,
  ...backupContract,
  ...receptionContract,
  ...callsContract,
  ...storageContract,
  ...handoverContract,
  ...invoicesContract,
  ...returnsContract,
  ...complaintsContract,
  ...reportsContract,
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
