import type { z } from 'zod';
import { directoryAnswers, shops } from '../../../db/schema';
import { query, tableRef } from '../../../db/sql';
import type {
  DirectoryAnswerView,
  DirectoryShopView,
  DirectoryView,
  listDirectoryInput,
} from '../../../shared/contract/directory';
import { valueLabel } from '../../../shared/contract/label-text';
import { foldSearchText } from '../../../shared/contract/search-fold';
import { languages } from '../../../shared/labels';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { fullPinyin, pinyinInitials } from '../search/keys';

// One list of shops (0043): the directory reads the shop list settings keeps and the other modules refer to.
const s = tableRef(shops, 's');
const a = tableRef(directoryAnswers, 'a');

const shopRow = s.pick(
  'id',
  'version',
  'name',
  'category',
  'floor',
  'unitNo',
  'phone',
  'opensAt',
  'closesAt',
  'note',
  'active',
  'createdAt',
  'updatedAt',
  'voidedAt',
  'voidReason',
);
const answerRow = a.pick(
  'id',
  'version',
  'title',
  'keywords',
  'body',
  'createdAt',
  'updatedAt',
  'voidedAt',
  'voidReason',
);

const shopById = query(shopRow, (list) => `select ${list} from ${s.from} where ${s.c.id} = ?`);
const shopsByIds = query(shopRow, (list) => `select ${list} from ${s.from} where ${s.c.id} in ${ID_IN_JSON}`);
const answerById = query(answerRow, (list) => `select ${list} from ${a.from} where ${a.c.id} = ?`);
// The directory of one mall is a few hundred shops at most: read whole, in the order of the mall's signs.
const allShops = query(
  shopRow,
  (list) => `select ${list} from ${s.from} order by ${s.c.floor}, ${s.c.unitNo}, ${s.c.name}`,
);
const allAnswers = query(answerRow, (list) => `select ${list} from ${a.from} order by ${a.c.createdAt}, a.rowid`);

export function getShop(ctx: ServiceContext, id: string): DirectoryShopView {
  const row = shopById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.directoryShopMissing');
  return row;
}

/** The shops among `ids` (one read for all of them). */
export function getShops(ctx: ServiceContext, ids: readonly string[]): DirectoryShopView[] {
  return shopsByIds.all(ctx.sqlite, JSON.stringify(ids));
}

/** A shop as its directory entry reads it; undefined when there is none. */
export function shopView(sqlite: ServiceContext['sqlite'], id: string): DirectoryShopView | undefined {
  return shopById.get(sqlite, id);
}

export function getAnswer(ctx: ServiceContext, id: string): DirectoryAnswerView {
  const row = answerById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.directoryAnswerMissing');
  return row;
}

/** Everything a shop is found by: name and its pinyin, floor, unit, category in every language, phone. */
export function shopWords(shop: DirectoryShopView): string {
  return [
    shop.name,
    pinyinInitials(shop.name),
    fullPinyin(shop.name),
    shop.floor,
    shop.unitNo,
    shop.phone,
    shop.note,
    ...languages.map((language) => valueLabel(language, 'directory', 'category', shop.category)),
  ].join(' ');
}

export function answerWords(answer: DirectoryAnswerView): string {
  return [answer.title, pinyinInitials(answer.title), answer.keywords, answer.body].join(' ');
}

/** The directory as the desk reads it, filtered by what the clerk typed (each word must be found). */
export function listDirectory(ctx: ServiceContext, input: z.output<typeof listDirectoryInput>): DirectoryView {
  const words = foldSearchText(input.text).split(/\s+/).filter(Boolean);
  const matches = (text: string) => {
    const folded = foldSearchText(text);
    return words.every((w) => folded.includes(w));
  };
  return {
    shops: allShops.all(ctx.sqlite).filter((row) => (input.includeVoided || row.active) && matches(shopWords(row))),
    answers: allAnswers
      .all(ctx.sqlite)
      .filter((row) => (input.includeVoided || row.voidedAt === null) && matches(answerWords(row))),
  };
}
