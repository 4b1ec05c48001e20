import type { HitStatus, SearchHit } from '../../../shared/contract/search';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

/** What a module says of a record found: its serial and its state now. */
export interface HitState {
  serialNo: string;
  status: HitStatus;
}

/** A module's state of one of its records (its own rules: what is open, overdue, done); null when it is not its. */
export type HitStatusSource = (ctx: ServiceContext, id: string) => HitState | null;

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

/** Each hit with its state now, asked of its module (a handful of indexed reads per hit). */
export function withStatus(ctx: ServiceContext, hits: readonly StoredHit[]): SearchHit[] {
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
