import { desc, eq } from 'drizzle-orm';
import { watchList } from '../../../db/schema';
import type { WatchEntryView } from '../../../shared/contract/reception';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { newId } from '../ids';
import { write } from '../write';
import { protectIdNumber } from './id-documents';

type WatchRow = typeof watchList.$inferSelect;

function toWatchView(row: WatchRow): WatchEntryView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    phone: row.phone,
    idMasked: row.idMasked,
    reason: row.reason,
    active: row.active,
    createdAt: row.createdAt,
  };
}

export function listWatchEntries(ctx: ServiceContext): WatchEntryView[] {
  return ctx.db
    .select()
    .from(watchList)
    .orderBy(desc(watchList.active), desc(watchList.createdAt))
    .all()
    .map(toWatchView);
}

export function addWatchEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: { name: string; phone: string; idNumber: string; reason: string },
): WatchEntryView {
  const { idMasked, idHash } = protectIdNumber(ctx, input.idNumber);
  return write(ctx, actor, (tx) =>
    toWatchView(
      tx.insert('watchList', {
        id: newId(),
        name: input.name,
        phone: input.phone,
        idMasked,
        idHash,
        reason: input.reason,
        active: true,
        createdAt: tx.now,
        updatedAt: tx.now,
      }),
    ),
  );
}

export function updateWatchEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; active: boolean; reason: string },
): WatchEntryView {
  return write(ctx, actor, (tx) => {
    const { after } = tx.update('watchList', input.id, { active: input.active, reason: input.reason });
    return toWatchView(after);
  });
}

/** The first active entry matching the visitor by name, phone or ID hash; null when none does. */
export function findWatchMatch(
  ctx: ServiceContext,
  visitor: { name: string; phone: string; idHash: string | null },
): WatchEntryView | null {
  if (!visitor.name && !visitor.phone && !visitor.idHash) return null;
  // Plain SQL on every registration: building this query with drizzle cost a fifth of a visit's save (bench).
  const id = ctx.sqlite
    .prepare(
      `select id from watch_list where active = 1 and ((@name <> '' and name = @name)
         or (@phone <> '' and phone = @phone) or (@idHash is not null and id_hash = @idHash)) limit 1`,
    )
    .pluck()
    .get({ name: visitor.name, phone: visitor.phone, idHash: visitor.idHash }) as string | undefined;
  if (!id) return null;
  const row = ctx.db.select().from(watchList).where(eq(watchList.id, id)).get();
  return row ? toWatchView(row) : null;
}

/** The refusal a register call gets on a match: it carries the entry so the clerk can read it and acknowledge. */
export function watchListRefusal(entry: WatchEntryView): AppError {
  return new AppError('conflict', 'errors.watchListMatch', 'visitorName', {
    watchEntryId: entry.id,
    reason: entry.reason,
    name: entry.name || entry.phone || entry.idMasked,
  });
}
