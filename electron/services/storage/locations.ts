import type { z } from 'zod';
import type { LocationInput, locationInput, StorageLocationView } from '../../../shared/contract/storage';
import type { Actor, ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { write } from '../write';

export type { LocationInput };

const SELECT_LOCATION = `select l.id, l.version, l.code, l.kind, l.shared, l.active, l.note,
  (select count(*) from storage_slips s where s.location_id = l.id and s.status = 'stored' and s.voided_at is null)
    as openSlips
  from storage_locations l`;

interface RawLocation extends Omit<StorageLocationView, 'shared' | 'active' | 'free'> {
  shared: number;
  active: number;
}

function toView(raw: RawLocation): StorageLocationView {
  const shared = raw.shared === 1;
  return { ...raw, shared, active: raw.active === 1, free: shared || raw.openSlips === 0 };
}

export function listLocations(ctx: ServiceContext, includeInactive: boolean): StorageLocationView[] {
  const rows = ctx.sqlite
    .prepare(`${SELECT_LOCATION} ${includeInactive ? '' : 'where l.active = 1'} order by l.code`)
    .all() as RawLocation[];
  return rows.map(toView);
}

export function getLocation(ctx: ServiceContext, id: string): StorageLocationView {
  const raw = ctx.sqlite.prepare(`${SELECT_LOCATION} where l.id = ?`).get(id) as RawLocation | undefined;
  if (!raw) throw notFound('errors.locationMissing');
  return toView(raw);
}

/** Adds or edits a location; a location that holds goods cannot be retired or stop being shared while it is full. */
export function saveLocation(
  ctx: ServiceContext,
  actor: Actor | null,
  input: Omit<z.output<typeof locationInput>, 'version'>,
): StorageLocationView {
  const id = write(ctx, actor, (tx) => {
    const clash = ctx.sqlite.prepare('select id from storage_locations where code = ?').get(input.code) as
      | { id: string }
      | undefined;
    if (clash && clash.id !== input.id) throw new AppError('conflict', 'errors.locationCodeTaken', 'code');
    const values = { code: input.code, kind: input.kind, shared: input.shared, active: input.active, note: input.note };
    if (!input.id) {
      return tx.insert('storageLocations', {
        id: newId(),
        ...values,
        createdAt: tx.now,
        updatedAt: tx.now,
      }).id;
    }
    const current = getLocation(ctx, input.id);
    if (!input.active && current.openSlips > 0) throw new AppError('rule', 'errors.locationInUse', 'active');
    if (!input.shared && current.openSlips > 1) throw new AppError('rule', 'errors.locationInUse', 'shared');
    tx.update('storageLocations', input.id, values);
    return input.id;
  });
  return getLocation(ctx, id);
}
