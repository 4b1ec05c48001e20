import type { HitStatus, SearchHit } from '../../../shared/contract/search';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

/** What a module says of a record found: its serial and its state now. */
export interface HitState {
  serialNo: string;
  status: HitStatus;
}

/** A module's state of one of its records (its own rules: what is open, overdue, done); null when it is not its. */
export type HitStatusSource = ((ctx: ServiceContext, id: string) => HitState | null) & {
  /**
   * The same states for many records at once (one read for all of them, e.g. a customer's 500 hits); a record not
   * the module's is absent. Must say of each record exactly what the one-record form says.
   */
  many?: (ctx: ServiceContext, ids: readonly string[]) => Map<string, HitState>;
};

/** A module's state source with its batch form (same rules, one read for all the records asked). */
export function hitStatusSource<V extends { id: string }>(
  one: (ctx: ServiceContext, id: string) => V,
  many: (ctx: ServiceContext, ids: readonly string[]) => V[],
  stateOf: (view: V) => HitState,
): HitStatusSource {
  const source: HitStatusSource = (ctx, id) => {
    const view = orNull(() => one(ctx, id));
    return view ? stateOf(view) : null;
  };
  source.many = (ctx, ids) => new Map(many(ctx, ids).map((view) => [view.id, stateOf(view)]));
  return source;
}

/** SQL for "the id is one of the JSON array bound here": one statement whatever the number of ids. */
export const ID_IN_JSON = '(select value from json_each(?))';

export function hit(serialNo: string, status: HitStatus): HitState {
  return { serialNo, status };
}

/** A hit as stored in the index, before its module says what state the record is in. */
export type StoredHit = Omit<SearchHit, 'status' | 'serialNo'>;

/** Reads a record through the module's own getter; a record not found (another kind of the module's) is null. */
export function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/**
 * Each hit with its state now, asked of its module: one read per module for all its hits where the module has the
 * batch form, else a handful of indexed reads per hit.
 */
export function withStatus(ctx: ServiceContext, hits: readonly StoredHit[]): SearchHit[] {
  const sources = ctx.modules.hitStatus ?? {};
  const idsByModule = new Map<StoredHit['module'], string[]>();
  for (const stored of hits) {
    const ids = idsByModule.get(stored.module);
    if (ids) ids.push(stored.entityId);
    else idsByModule.set(stored.module, [stored.entityId]);
  }
  const batched = new Map<StoredHit['module'], Map<string, HitState>>();
  for (const [module, ids] of idsByModule) {
    const many = sources[module]?.many;
    if (many && ids.length > 1) batched.set(module, many(ctx, ids));
  }
  return hits.map((stored) => {
    const source = sources[stored.module];
    const states = batched.get(stored.module);
    const state = states ? (states.get(stored.entityId) ?? null) : source ? source(ctx, stored.entityId) : null;
    return { ...stored, serialNo: state?.serialNo ?? null, status: state?.status ?? null };
  });
}

/** Each hit's state asked one record at a time: what the batch form must equal (tests compare the two). */
export function withStatusOneByOne(ctx: ServiceContext, hits: readonly StoredHit[]): SearchHit[] {
  const sources = ctx.modules.hitStatus ?? {};
  return hits.map((stored) => {
    const source = sources[stored.module];
    const state = source ? source(ctx, stored.entityId) : null;
    return { ...stored, serialNo: state?.serialNo ?? null, status: state?.status ?? null };
  });
}

/**
 * A customer's history as a clerk reads it: what still needs the desk first (oldest promise first is not known
 * here, so newest first within each part), then everything done, newest first.
 */
export function openFirst(hits: readonly SearchHit[]): SearchHit[] {
  const open = hits.filter((h) => h.status?.open && !h.voided);
  const rest = hits.filter((h) => !(h.status?.open && !h.voided));
  return [...open, ...rest];
}
