import type { z } from 'zod';
import { addDeskTime } from '../../../shared/contract/desk-hours';
import {
  defaultRepairSettings,
  type RepairSettings,
  type RepairUrgency,
  repairSettingsSchema,
} from '../../../shared/contract/repairs';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { getDeskHours, readSetting, writeSetting } from '../settings';

const MINUTE_MS = 60_000;

export function getRepairSettings(ctx: ServiceContext): RepairSettings {
  return readSetting(ctx, 'repairs', defaultRepairSettings, (v) => repairSettingsSchema.parse(v));
}

export function saveRepairSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: z.input<typeof repairSettingsSchema>,
): RepairSettings {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  writeSetting(ctx, actor, 'repairs', repairSettingsSchema.parse(input));
  return getRepairSettings(ctx);
}

/*
 * Every limit counts desk hours, as the complaints' deadlines do: the part that would fall after closing goes on at
 * the next opening, so a report at 21:50 is not escalated overnight when nobody is at the desk to dispatch it.
 */

/** When the team should be there for a report of this urgency made at `from`. */
export function targetArrival(ctx: ServiceContext, urgency: RepairUrgency, from: number): number {
  return addDeskTime(getDeskHours(ctx), from, getRepairSettings(ctx).targetMinutes[urgency] * MINUTE_MS);
}

/** When a report of this urgency made at `from` should be completed; not completed by then, it is escalated. */
export function completeBy(ctx: ServiceContext, urgency: RepairUrgency, from: number): number {
  return addDeskTime(getDeskHours(ctx), from, getRepairSettings(ctx).completeMinutes[urgency] * MINUTE_MS);
}

/** When the return visit of an order completed at `completedAt` falls due (the desk is reminded from then on). */
export function followUpDue(ctx: ServiceContext, completedAt: number): number {
  return addDeskTime(getDeskHours(ctx), completedAt, getRepairSettings(ctx).followUpMinutes * MINUTE_MS);
}
