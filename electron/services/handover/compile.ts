import { eq } from 'drizzle-orm';
import { clerks, counters, shifts } from '../../../db/schema';
import {
  defaultHandoverSettings,
  type HandoverSettings,
  type HandoverSettingsInput,
  type HandoverSheet,
  handoverSettingsSchema,
} from '../../../shared/contract/handover';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { getSite, readSetting, writeSetting } from '../settings';
import { closingWarningCounts } from './closing';

export type ShiftRow = typeof shifts.$inferSelect;

export function getHandoverSettings(ctx: ServiceContext): HandoverSettings {
  return readSetting(ctx, 'handover', defaultHandoverSettings, (v) => {
    const parsed = handoverSettingsSchema.parse(v);
    return { trackedItems: parsed.trackedItems, pdfFolder: parsed.pdfFolder ?? '' };
  });
}

export function saveHandoverSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: HandoverSettingsInput,
): HandoverSettings {
  const names = input.trackedItems;
  if (new Set(names).size !== names.length) throw refuse('errors.duplicate', 'trackedItems');
  const pdfFolder = input.pdfFolder ?? getHandoverSettings(ctx).pdfFolder;
  writeSetting(ctx, actor, 'handover', { trackedItems: names, pdfFolder });
  return getHandoverSettings(ctx);
}

/** The actor's shift, which must still be open: only an open shift can be handed over. */
export function currentOpenShift(ctx: ServiceContext, actor: Actor): ShiftRow {
  if (!actor.shiftId) throw new AppError('rule', 'errors.noOpenShift');
  const shift = ctx.db.select().from(shifts).where(eq(shifts.id, actor.shiftId)).get();
  if (!shift) throw new AppError('not_found', 'errors.noOpenShift');
  if (shift.closedAt !== null) throw refuse('errors.shiftAlreadyClosed');
  return shift;
}

/** Compiles the sheet from the database as it is at `now`: every section, the cash the desk should hold. */
export function compileSheet(ctx: ServiceContext, actor: Actor, shift: ShiftRow, now: number): HandoverSheet {
  const window = { id: shift.id, openedAt: shift.openedAt, closedAt: now };
  const sections = ctx.modules.handover.map((section) => section.compile(ctx, window, now));
  const counter = ctx.db.select({ name: counters.name }).from(counters).where(eq(counters.id, shift.counterId)).get();
  const outgoing = ctx.db
    .select({ id: clerks.id, name: clerks.name, employeeNo: clerks.employeeNo })
    .from(clerks)
    .where(eq(clerks.id, actor.clerkId))
    .get();
  if (!outgoing) throw new AppError('not_found', 'errors.notFound');
  return {
    shiftId: shift.id,
    siteName: getSite(ctx).name,
    counterName: counter?.name ?? '',
    outgoing,
    openedAt: shift.openedAt,
    compiledAt: now,
    sections,
    cashExpectedFen: sections.reduce((sum, s) => sum + s.cash.reduce((t, c) => t + c.fen, 0), 0),
    trackedItems: getHandoverSettings(ctx).trackedItems,
    closingWarnings: closingWarningCounts(ctx, now),
  };
}

export function previewHandover(ctx: ServiceContext, actor: Actor): HandoverSheet {
  return compileSheet(ctx, actor, currentOpenShift(ctx, actor), ctx.clock.now());
}
