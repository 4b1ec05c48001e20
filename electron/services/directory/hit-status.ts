import type { DirectoryShopView } from '../../../shared/contract/directory';
import { openAt } from '../../../shared/contract/directory-fields';
import type { ServiceContext } from '../context';
import type { HitState, HitStatusSource } from '../search/hit-status';
import { hit, orNull } from '../search/hit-status';
import { getSite } from '../settings';
import { dayjs } from '../time';
import { getShop, getShops } from './queries';

/** Minutes since the site's midnight now: one clock read for every shop of a batch. */
function minuteOfDay(ctx: ServiceContext): number {
  const local = dayjs(ctx.clock.now()).tz(getSite(ctx).timeZone);
  return local.hour() * 60 + local.minute();
}

/**
 * A shop found says whether it is open now (the desk's next question after "where"), and shows its unit where
 * other hits show a serial; an answer has no state.
 */
function stateOf(shop: DirectoryShopView, minute: () => number): HitState {
  if (!shop.active) return hit(shop.unitNo, { tone: 'voided', labelKey: 'directory.hit.voided', open: false });
  // Added in settings and nobody has entered its hours yet: where it is, but not whether it is open.
  if (!shop.opensAt) return hit(shop.unitNo, { tone: 'done', labelKey: 'directory.hit.hoursUnknown', open: false });
  const open = openAt(shop.opensAt, shop.closesAt, minute());
  return hit(shop.unitNo, {
    tone: open ? 'open' : 'done',
    labelKey: open ? 'directory.hit.open' : 'directory.hit.closed',
    open: false,
  });
}

export const directoryHitStatus: HitStatusSource = (ctx, id) => {
  const shop = orNull(() => getShop(ctx, id));
  return shop ? stateOf(shop, () => minuteOfDay(ctx)) : null;
};

directoryHitStatus.many = (ctx, ids) => {
  let minute: number | null = null;
  const now = () => {
    minute ??= minuteOfDay(ctx);
    return minute;
  };
  return new Map(getShops(ctx, ids).map((shop) => [shop.id, stateOf(shop, now)]));
};
