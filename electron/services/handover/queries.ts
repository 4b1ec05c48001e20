import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { clerks, counters, handovers, shifts } from '../../../db/schema';
import type {
  HandoverItemCount,
  HandoverListRow,
  HandoverRecord,
  HandoverSheet,
} from '../../../shared/contract/handover';
import { getClerk } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { write } from '../write';

/** The sheet prints this much of the audit head; Settings → Audit verifies a database against it. */
export const PRINTED_HASH_LENGTH = 12;

export function getHandover(ctx: ServiceContext, id: string): HandoverRecord {
  const row = ctx.db.select().from(handovers).where(eq(handovers.id, id)).get();
  if (!row) throw notFound();
  const incoming = row.incomingClerkId
    ? ctx.db
        .select({ id: clerks.id, name: clerks.name, employeeNo: clerks.employeeNo })
        .from(clerks)
        .where(eq(clerks.id, row.incomingClerkId))
        .get()
    : undefined;
  return {
    id: row.id,
    serialNo: row.serialNo,
    sheet: row.snapshot as HandoverSheet,
    incoming: incoming ?? null,
    closedAt: row.closedAt,
    acknowledgedAt: row.acknowledgedAt,
    noSuccessor: row.noSuccessor,
    notes: row.notes,
    cashExpectedFen: row.cashExpectedFen,
    cashCountedFen: row.cashCountedFen,
    cashDifferenceNote: row.cashDifferenceNote,
    itemCounts: row.itemCounts as HandoverItemCount[],
    auditCount: row.auditCount,
    auditHashPrefix: row.auditHead.slice(0, PRINTED_HASH_LENGTH),
  };
}

export function listHandovers(ctx: ServiceContext, limit: number): HandoverListRow[] {
  const outgoing = alias(clerks, 'outgoing');
  const incoming = alias(clerks, 'incoming');
  return ctx.db
    .select({
      id: handovers.id,
      serialNo: handovers.serialNo,
      closedAt: handovers.closedAt,
      counterName: counters.name,
      outgoingName: outgoing.name,
      incomingName: incoming.name,
      noSuccessor: handovers.noSuccessor,
      expected: handovers.cashExpectedFen,
      counted: handovers.cashCountedFen,
    })
    .from(handovers)
    .innerJoin(shifts, eq(shifts.id, handovers.shiftId))
    .innerJoin(counters, eq(counters.id, shifts.counterId))
    .innerJoin(outgoing, eq(outgoing.id, handovers.outgoingClerkId))
    .leftJoin(incoming, eq(incoming.id, handovers.incomingClerkId))
    .orderBy(desc(handovers.closedAt), desc(handovers.id))
    .limit(limit)
    .all()
    .map(({ expected, counted, ...row }) => ({ ...row, cashDifferenceFen: counted - expected }));
}

/** How long after an end-of-day close the logged-out desk may still print that sheet. */
export const END_OF_DAY_PRINT_MS = 10 * 60_000;

/**
 * Printing and reprinting a handover sheet are audited: who printed which sheet, and when. Without a session
 * (`actor` null) only the sheet of an end-of-day close just made may be printed, in the outgoing clerk's name.
 */
export function recordHandoverPrinted(ctx: ServiceContext, actor: Actor | null, id: string, reprint: boolean): null {
  const row = ctx.db.select().from(handovers).where(eq(handovers.id, id)).get();
  if (!row) throw notFound();
  actor = printingActor(ctx, actor, row);
  write(ctx, actor, (tx) =>
    tx.event('handovers', id, reprint ? 'handover reprinted' : 'handover printed', { serialNo: row.serialNo }),
  );
  return null;
}

/** Who prints (or saves) a sheet: the session's clerk, or for an end-of-day sheet just closed, its outgoing clerk. */
export function printingActor(ctx: ServiceContext, actor: Actor | null, row: typeof handovers.$inferSelect): Actor {
  if (actor) return actor;
  if (!row.noSuccessor || ctx.clock.now() - row.closedAt > END_OF_DAY_PRINT_MS)
    throw new AppError('unauthenticated', 'errors.notLoggedIn');
  const clerk = getClerk(ctx, row.outgoingClerkId);
  return { clerkId: clerk.id, name: clerk.name, role: clerk.role, shiftId: row.shiftId, counterId: null };
}
