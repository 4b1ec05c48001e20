import {
  type ComplaintSettings,
  type ComplaintUrgency,
  complaintSettingsSchema,
  complaintUrgencyValues,
  deadlineMinutes,
  defaultComplaintSettings,
} from '../../../shared/contract/complaints';
import { addDeskTime, withinDayHours } from '../../../shared/contract/desk-hours';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { getDeskHours, readSetting, writeSetting } from '../settings';
import { addWorkingDays } from './calendar';

const HOUR_MS = 3600 * 1000;

/**
 * The stored settings; one saved before the due-soon windows existed gets the default windows, each cut to half its
 * deadline where the supervisor's deadline is shorter than the default window (so it is kept, not refused).
 */
export function getComplaintSettings(ctx: ServiceContext): ComplaintSettings {
  return readSetting(ctx, 'complaints', defaultComplaintSettings, (v) => {
    const stored = v as ComplaintSettings;
    if (stored.dueSoonMinutes !== defaultComplaintSettings.dueSoonMinutes) return complaintSettingsSchema.parse(v);
    const fitted = Object.fromEntries(
      complaintUrgencyValues.map((u) => {
        const limit = Math.max(1, Math.floor(deadlineMinutes(stored.deadlines[u]) / 2));
        return [u, Math.min(defaultComplaintSettings.dueSoonMinutes[u], limit)];
      }),
    );
    return complaintSettingsSchema.parse({ ...stored, dueSoonMinutes: fitted });
  });
}

export function saveComplaintSettings(ctx: ServiceContext, actor: Actor, input: ComplaintSettings): ComplaintSettings {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  writeSetting(ctx, actor, 'complaints', complaintSettingsSchema.parse(input));
  return getComplaintSettings(ctx);
}

/**
 * 承诺办理期限 by default: hours on the clock, or working days by the holiday calendar, never when the desk is
 * closed: hours that would run past closing go on at the next opening, and a working day's deadline falls within
 * that day's hours.
 */
export function defaultDeadline(ctx: ServiceContext, urgency: ComplaintUrgency, from: number): number {
  const rule = getComplaintSettings(ctx).deadlines[urgency];
  const desk = getDeskHours(ctx);
  if (rule.unit === 'hours') return addDeskTime(desk, from, rule.amount * HOUR_MS);
  return withinDayHours(desk, addWorkingDays(ctx, from, rule.amount));
}

/** How long before its deadline an open complaint of each urgency counts as due soon (the supervisor's window). */
export function dueSoonWindows(ctx: ServiceContext): DueSoonWindows {
  const minutes = getComplaintSettings(ctx).dueSoonMinutes;
  return {
    very_urgent: minutes.very_urgent * 60_000,
    urgent: minutes.urgent * 60_000,
    normal: minutes.normal * 60_000,
  };
}

export type DueSoonWindows = Record<ComplaintUrgency, number>;
