import type { z } from 'zod';
import type { AnySpec } from './channel';
import { type Contract, contract } from './registry';

export type { Contract } from './registry';
export { contract, contractModules } from './registry';

export type Channel = keyof Contract;
export type Input<C extends Channel> = Contract[C] extends AnySpec ? z.input<Contract[C]['input']> : never;
export type ParsedInput<C extends Channel> = Contract[C] extends AnySpec ? z.output<Contract[C]['input']> : never;
export type Output<C extends Channel> = Contract[C]['output'];

const names = new Set<string>(Object.keys(contract));

export function isChannel(name: string): name is Channel {
  return names.has(name);
}

export const channelNames: readonly Channel[] = Object.keys(contract).filter(isChannel);

export * from './roles';
