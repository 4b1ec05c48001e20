import type { ReleaseUnitHoldView } from '../../../shared/contract/releases';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { newId } from '../ids';
import { write } from '../write';
import { getHold } from './queries';

/** A supervisor's note on a unit (one per unit); turning it off keeps it, for the record. */
export function saveHold(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string | null; unit: string; note: string; active: boolean },
): ReleaseUnitHoldView {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  const id = write(ctx, actor, (tx) => {
    const clash = ctx.sqlite.prepare('select id from release_unit_holds where unit = ?').pluck().get(input.unit) as
      | string
      | undefined;
    if (clash && clash !== input.id) throw new AppError('conflict', 'errors.releaseHoldTaken', 'unit');
    const values = { unit: input.unit, note: input.note, active: input.active };
    if (!input.id)
      return tx.insert('releaseUnitHolds', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
    getHold(ctx, input.id);
    tx.update('releaseUnitHolds', input.id, values);
    return input.id;
  });
  return getHold(ctx, id);
}
