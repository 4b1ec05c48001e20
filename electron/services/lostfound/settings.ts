import { type LostfoundSettings, lostfoundSettingsInput } from '../../../shared/contract/lostfound';
import type { Actor, ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings';

export const LOSTFOUND_SETTINGS_KEY = 'lostfound';
export const DAY_MS = 24 * 3600 * 1000;

/** 30 days is what most mall rulebooks give an owner before an item goes to the police or is disposed of. */
export const defaultLostfoundSettings: LostfoundSettings = { keepDays: 30 };

export function getLostfoundSettings(ctx: ServiceContext): LostfoundSettings {
  return readSetting(ctx, LOSTFOUND_SETTINGS_KEY, defaultLostfoundSettings, (v) => lostfoundSettingsInput.parse(v));
}

export function saveLostfoundSettings(ctx: ServiceContext, actor: Actor, input: LostfoundSettings): LostfoundSettings {
  writeSetting(ctx, actor, LOSTFOUND_SETTINGS_KEY, lostfoundSettingsInput.parse(input));
  return getLostfoundSettings(ctx);
}

/** Items found before this moment have served their keeping period. */
export function keptBefore(ctx: ServiceContext, now: number): number {
  return now - getLostfoundSettings(ctx).keepDays * DAY_MS;
}
