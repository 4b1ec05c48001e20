import type { FieldLabels, ModuleLabels, ValueLists } from '../labels';
import type { ModuleName } from '../modules';
import type { ChannelsOf } from './channel';

/**
 * A module's part of the contract: its channels (each named `<module>:<verb>`), its label tables and which of its
 * value lists a search hit names. Written once at the bottom of `shared/contract/<module>.ts` and listed once in
 * `shared/contract/registry.ts`.
 */
export interface ContractModule<M extends ModuleName = ModuleName> {
  name: M;
  channels: ChannelsOf<M>;
  labels: ModuleLabels<ValueLists, FieldLabels>;
  /** The value list whose code a search entry of this module carries as its tag (shown as its label). */
  searchTag: string | null;
}

export function contractModule<
  M extends ModuleName,
  C extends ChannelsOf<M>,
  L extends ValueLists,
  F extends FieldLabels,
>(name: M, def: { channels: C; labels: ModuleLabels<L, F>; searchTag?: keyof L & string }) {
  return { name, channels: def.channels, labels: def.labels, searchTag: def.searchTag ?? null };
}
