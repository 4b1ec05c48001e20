import { openAt } from '../../../shared/contract/directory-fields';
import type { HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getSite } from '../settings';
import { dayjs } from '../time';
import { getShop } from './queries';

/**
 * A shop found says whether it is open now (the desk's next question after "where"), and shows its unit where
 * other hits show a serial; an answer has no state.
 */
export const directoryHitStatus: HitStatusSource = (ctx, id) => {
  const shop = orNull(() => getShop(ctx, id));
  if (!shop) return null;
  if (!shop.active) return hit(shop.unitNo, { tone: 'voided', labelKey: 'directory.hit.voided', open: false });
  // Added in settings and nobody has entered its hours yet: where it is, but not whether it is open.
  if (!shop.opensAt) return hit(shop.unitNo, { tone: 'done', labelKey: 'directory.hit.hoursUnknown', open: false });
  const local = dayjs(ctx.clock.now()).tz(getSite(ctx).timeZone);
  const open = openAt(shop.opensAt, shop.closesAt, local.hour() * 60 + local.minute());
  return hit(shop.unitNo, {
    tone: open ? 'open' : 'done',
    labelKey: open ? 'directory.hit.open' : 'directory.hit.closed',
    open: false,
  });
};
