import { nextClosing, openingOf } from '../../../shared/contract/desk-hours';
import { type StorageSettings, type StorageSettingsView, storageSettingsInput } from '../../../shared/contract/storage';
import type { Actor, ServiceContext } from '../context';
import { getDeskHours, getPolicy, readSetting, writeSetting } from '../settings';

export const STORAGE_SETTINGS_KEY = 'storage';
export const DAY_MS = 24 * 3600 * 1000;

export const defaultStorageSettings: StorageSettings = {
  feeFen: 0,
  waiverLimitFen: 1000,
  claimFailuresBeforeLock: 3,
  slipLayout: '80mm',
};

export function getStorageSettings(ctx: ServiceContext): StorageSettingsView {
  const own = readSetting(ctx, STORAGE_SETTINGS_KEY, defaultStorageSettings, (v) => storageSettingsInput.parse(v));
  return { ...own, overdueDays: getPolicy(ctx).storageOverdueDays };
}

export function saveStorageSettings(ctx: ServiceContext, actor: Actor, input: StorageSettings): StorageSettingsView {
  writeSetting(ctx, actor, STORAGE_SETTINGS_KEY, storageSettingsInput.parse(input));
  return getStorageSettings(ctx);
}

/**
 * The default deadline at the desk: today's closing time, or once the desk has closed (a deposit at 22:03) the next
 * day's closing time, so a blank field never means a time already past.
 */
export function nextClosingTime(ctx: ServiceContext, now: number): number {
  return nextClosing(getDeskHours(ctx), now);
}

/** Today's closing time in the site's zone (weekend hours on Saturday and Sunday). */
export function closingTimeToday(ctx: ServiceContext, now: number): number {
  return openingOf(getDeskHours(ctx), now).close;
}
