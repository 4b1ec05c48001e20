import type { TFunction } from 'i18next';
import type { DirectoryShopView } from '../../../../shared/contract/directory';
import { minutesOf, openAt } from '../../../../shared/contract/directory-fields';

/** A shop's hours as the clerk says them: a closing time before the opening is the next day's. */
export function hoursText(t: TFunction, shop: Pick<DirectoryShopView, 'opensAt' | 'closesAt'>): string {
  if (!shop.opensAt) return t('directory.hours.unknown');
  const overnight = minutesOf(shop.closesAt) < minutesOf(shop.opensAt);
  return t(overnight ? 'directory.hours.overnight' : 'directory.hours.range', {
    opens: shop.opensAt,
    closes: shop.closesAt,
  });
}

/** Open now, by the site's clock; null while the shop's hours are not entered (a shop added in settings). */
export function openNow(
  shop: Pick<DirectoryShopView, 'opensAt' | 'closesAt'>,
  now: number,
  timeZone: string,
): boolean | null {
  if (!shop.opensAt) return null;
  const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return openAt(shop.opensAt, shop.closesAt, minutesOf(hhmm.format(now)));
}
