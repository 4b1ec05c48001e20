import {
  type ComplaintSettings,
  type ComplaintUrgency,
  complaintSettingsSchema,
  defaultComplaintSettings,
} from '../../../shared/contract/complaints';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { readSetting, writeSetting } from '../settings';
import { addWorkingDays } from './calendar';

const HOUR_MS = 3600 * 1000;

export function getComplaintSettings(ctx: ServiceContext): ComplaintSettings {
  return readSetting(ctx, 'complaints', defaultComplaintSettings, (v) => complaintSettingsSchema.parse(v));
}

export function saveComplaintSettings(ctx: ServiceContext, actor: Actor, input: ComplaintSettings): ComplaintSettings {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  writeSetting(ctx, actor, 'complaints', complaintSettingsSchema.parse(input));
  return getComplaintSettings(ctx);
}

/** 承诺办理期限 by default: hours on the clock, or working days by the holiday calendar. */
export function defaultDeadline(ctx: ServiceContext, urgency: ComplaintUrgency, from: number): number {
  const rule = getComplaintSettings(ctx).deadlines[urgency];
  return rule.unit === 'hours' ? from + rule.amount * HOUR_MS : addWorkingDays(ctx, from, rule.amount);
}
