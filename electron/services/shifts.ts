import { and, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { clerks, counters, shifts } from '../../db/schema';
import type { ShiftView } from '../../shared/contract/shifts';
import type { Actor, ServiceContext } from './context';
import { refuse } from './errors';
import { newId } from './ids';
import { write } from './write';

export type ShiftRow = typeof shifts.$inferSelect;

export function openShiftAt(ctx: ServiceContext, counterId: string): ShiftRow | undefined {
  return ctx.db
    .select()
    .from(shifts)
    .where(and(eq(shifts.counterId, counterId), isNull(shifts.closedAt)))
    .get();
}

/** The counter's open shift, or a new one opened by this clerk; a different clerk continuing it is audited. */
export function openOrContinueShift(ctx: ServiceContext, actor: Actor, counterId: string): ShiftRow {
  const open = openShiftAt(ctx, counterId);
  return write(ctx, { ...actor, shiftId: open?.id ?? null, counterId }, (tx) => {
    if (open) {
      if (open.clerkId !== actor.clerkId)
        tx.event('shifts', open.id, 'clerk took over the desk', { by: actor.clerkId });
      return open;
    }
    return tx.insert('shifts', {
      id: newId(),
      counterId,
      clerkId: actor.clerkId,
      openedAt: tx.now,
      closedAt: null,
      closedBy: null,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
  });
}

export function closeShift(ctx: ServiceContext, actor: Actor, shiftId: string): ShiftRow {
  const shift = ctx.db.select().from(shifts).where(eq(shifts.id, shiftId)).get();
  if (!shift) throw refuse('errors.notFound');
  if (shift.closedAt) throw refuse('errors.shiftAlreadyClosed');
  return write(ctx, actor, (tx) => tx.update('shifts', shiftId, { closedAt: tx.now, closedBy: actor.clerkId }).after);
}

export function recentShifts(ctx: ServiceContext, limit: number): ShiftView[] {
  const closer = alias(clerks, 'closer');
  return ctx.db
    .select({
      id: shifts.id,
      counterName: counters.name,
      clerkName: clerks.name,
      openedAt: shifts.openedAt,
      closedAt: shifts.closedAt,
      closedByName: closer.name,
    })
    .from(shifts)
    .innerJoin(counters, eq(counters.id, shifts.counterId))
    .innerJoin(clerks, eq(clerks.id, shifts.clerkId))
    .leftJoin(closer, eq(closer.id, shifts.closedBy))
    .orderBy(desc(shifts.openedAt))
    .limit(limit)
    .all();
}
