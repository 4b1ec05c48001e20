import type { ServiceContext } from '../context';
import { removeSearchDoc } from '../search/indexer';
import { readSetting, writeSetting } from '../settings';
import { write } from '../write';
import { shopWritten } from './records';

/**
 * Until 0043 the directory kept shops of its own (`directory_shops`) beside the shop list in settings. Each is moved
 * once onto the one list, through the audited writer: onto the shop of the same name, which keeps its id (the
 * modules' records refer to it) and takes the directory's category, hours and note (its unit, floor and phone where
 * the directory has one; the entry records the values before); or, with no such shop, as a new shop with the
 * directory record's own id, on or off the list as it was. A shop already on the list keeps that state. A second
 * directory record of a name already moved (a voided one beside the shop listed again) stays where it is, with its
 * history: `directory_shops` is kept, and no longer written.
 */
const MOVED_KEY = 'directoryShopsMoved';

interface OldShop {
  id: string;
  name: string;
  category: string;
  floor: string;
  unitNo: string;
  phone: string;
  opensAt: string;
  closesAt: string;
  note: string;
  createdAt: number;
  voidedAt: number | null;
  voidReason: string | null;
  voidedBy: string | null;
}

// Listed ones first, so a name held by a live and a voided record moves the live one.
const OLD = `select id, name, category, floor, unit_no as unitNo, phone, opens_at as opensAt, closes_at as closesAt,
    note, created_at as createdAt, voided_at as voidedAt, void_reason as voidReason, voided_by as voidedBy
  from directory_shops order by voided_at is not null, created_at, rowid`;

export function directoryShopsMoved(ctx: ServiceContext): boolean {
  return readSetting(ctx, MOVED_KEY, { done: false }, (v) => v as { done: boolean }).done === true;
}

/** Moves them all in one transaction (a mall has a few hundred shops at most); returns how many moved. */
export function moveDirectoryShops(ctx: ServiceContext): number {
  if (directoryShopsMoved(ctx)) return 0;
  const old = ctx.sqlite.prepare(OLD).all() as OldShop[];
  const byName = ctx.sqlite.prepare('select id from shops where name = ?').pluck();
  const now = ctx.clock.now();
  const count = write(ctx, null, (tx) => {
    const moved = new Set<string>();
    for (const shop of old) {
      if (moved.has(shop.name)) continue;
      const directory = {
        category: shop.category as 'other',
        opensAt: shop.opensAt,
        closesAt: shop.closesAt,
        note: shop.note,
      };
      const existing = byName.get(shop.name) as string | undefined;
      // Moved by a run that stopped before it could note that it was done.
      if (existing === shop.id) {
        moved.add(shop.name);
        continue;
      }
      if (existing) {
        const place = Object.fromEntries(
          Object.entries({ floor: shop.floor, unitNo: shop.unitNo, phone: shop.phone }).filter(([, v]) => v !== ''),
        );
        tx.update('shops', existing, { ...directory, ...place, updatedAt: now }, { note: `directory:${shop.id}` });
        // The shop's own entry now answers for it; the directory record's entry would open nothing.
        removeSearchDoc(ctx.sqlite, shop.id);
        shopWritten(ctx, tx, existing);
      } else {
        tx.insert(
          'shops',
          {
            id: shop.id,
            name: shop.name,
            floor: shop.floor,
            unitNo: shop.unitNo,
            phone: shop.phone,
            ...directory,
            active: shop.voidedAt === null,
            voidedAt: shop.voidedAt,
            voidReason: shop.voidReason,
            voidedBy: shop.voidedBy,
            createdAt: shop.createdAt,
            updatedAt: now,
          },
          'directory',
        );
        shopWritten(ctx, tx, shop.id);
      }
      moved.add(shop.name);
    }
    return moved.size;
  });
  writeSetting(ctx, null, MOVED_KEY, { done: true, at: now, moved: count });
  return count;
}
