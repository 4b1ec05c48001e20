import {
  defaultRepairSettings,
  type RepairSettings,
  type RepairUrgency,
  repairSettingsSchema,
} from '../../../shared/contract/repairs';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { readSetting, writeSetting } from '../settings';

const MINUTE_MS = 60_000;

export function getRepairSettings(ctx: ServiceContext): RepairSettings {
  return readSetting(ctx, 'repairs', defaultRepairSettings, (v) => repairSettingsSchema.parse(v));
}

export function saveRepairSettings(ctx: ServiceContext, actor: Actor, input: RepairSettings): RepairSettings {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  writeSetting(ctx, actor, 'repairs', repairSettingsSchema.parse(input));
  return getRepairSettings(ctx);
}

/** When the team should be there for a report of this urgency made at `from`. */
export function targetArrival(ctx: ServiceContext, urgency: RepairUrgency, from: number): number {
  return from + getRepairSettings(ctx).targetMinutes[urgency] * MINUTE_MS;
}
