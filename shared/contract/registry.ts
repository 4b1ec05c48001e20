import type { ModuleName } from '../modules';
import { announcementsModule } from './announcements';
import { callsModule } from './calls';
import type { AnySpec } from './channel';
import { complaintsModule } from './complaints';
import { core, type coreContract } from './core';
import { customersModule } from './customers';
import { directoryModule } from './directory';
import { giftsModule } from './gifts';
import { handoverModule } from './handover';
import { invoicesModule } from './invoices';
import { loansModule } from './loans';
import { lostfoundModule } from './lostfound';
import type { ContractModule } from './module';
import { passesModule } from './passes';
import { receptionModule } from './reception';
import { releasesModule } from './releases';
import { renovationsModule } from './renovations';
import { repairsModule } from './repairs';
import { reportsModule } from './reports';
import { returnsModule } from './returns';
import { storageModule } from './storage';

/**
 * The contract's module registry: one line per module. The dispatcher's handler map, the renderer's label tables and
 * i18n, search results and exports all loop over it; a module in `moduleNames` missing here fails to compile.
 */
export const contractModules = {
  reception: receptionModule,
  calls: callsModule,
  storage: storageModule,
  invoices: invoicesModule,
  returns: returnsModule,
  complaints: complaintsModule,
  lostfound: lostfoundModule,
  repairs: repairsModule,
  loans: loansModule,
  announcements: announcementsModule,
  gifts: giftsModule,
  directory: directoryModule,
  releases: releasesModule,
  passes: passesModule,
  renovations: renovationsModule,
  customers: customersModule,
  handover: handoverModule,
  reports: reportsModule,
} satisfies { [M in ModuleName]: ContractModule<M> };

export type ContractModules = typeof contractModules;

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never;

type ForeignChannels = {
  [M in ModuleName]: Exclude<keyof ContractModules[M]['channels'], `${M}:${string}`>;
}[ModuleName];
type Assert<T extends true> = T;
/** Compile-time: every channel is named after the module it is registered under (`reception:register`). */
export type ChannelsNamedAfterTheirModule = Assert<[ForeignChannels] extends [never] ? true : false>;

/** Every module's channels in one object type. */
export type ModuleChannels = UnionToIntersection<ContractModules[ModuleName]['channels']>;

/** The whole IPC contract: the fixed core's channels and every registered module's. */
export type Contract = typeof coreContract & ModuleChannels;

function joinChannels(): Contract {
  const all: Record<string, AnySpec> = { ...core.channels };
  for (const module of Object.values(contractModules)) Object.assign(all, module.channels);
  // The object holds exactly the channels the type names: the core's and each registered module's.
  return all as Contract;
}

export const contract: Contract = joinChannels();

export { core };
