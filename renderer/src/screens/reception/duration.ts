import type { TFunction } from 'i18next';

/** Time on site in words, as the desk says it: 在场 35 分钟, 在场 2 小时 5 分钟. */
export function onSiteFor(t: TFunction, since: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - since) / 60_000));
  if (minutes < 60) return t('reception.duration.minutes', { m: minutes });
  return t('reception.duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}
