import type { z } from 'zod';
import { directoryAnswers, shops } from '../../../db/schema';
import { query, tableRef } from '../../../db/sql';
import type {
  answerInput,
  DirectoryAnswerView,
  DirectoryShopView,
  shopInput,
} from '../../../shared/contract/directory';
import { hoursLine } from '../../../shared/contract/directory-fields';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { tagWords } from '../search/indexer';
import type { SearchIndexer } from '../sync/module-sync';
import { type WriteTx, write } from '../write';
import { answerListed } from './predicates';
import { answerWords, getAnswer, getShop, shopWords } from './queries';

type Edit<S extends z.ZodType> = Omit<z.output<S>, 'version'>;

const s = tableRef(shops, 's');
const a = tableRef(directoryAnswers, 'a');
// A name is on the shop list once, on or off it (as settings has always held): a shop that opens again is put back.
const shopNameTaken = query(
  { id: s.col('id'), active: s.col('active') },
  (list) => `select ${list} from ${s.from} where ${s.c.name} = ? and ${s.c.id} <> ?`,
);
const answerTitleTaken = query(
  { id: a.col('id') },
  (list) => `select ${list} from ${a.from} where ${a.c.title} = ? and ${a.c.id} <> ? and ${answerListed(a.c)}`,
);

/**
 * The services check the role too: the rule holds whoever calls them, not only through the dispatcher. No actor is
 * the demo desk's first start (as for the other lists a supervisor keeps).
 */
function requireRole(actor: Actor | null, role: 'supervisor' | 'lead'): void {
  if (actor && !hasRole(actor.role, role)) throw new AppError('forbidden', 'errors.forbidden', undefined, { role });
}

/**
 * A shop is found by its name (and pinyin initials), unit, floor, category and phone; the hit names its place.
 * Settings writes the same record and calls this too, so Ctrl+K never shows a shop as it was before an edit there.
 */
export function indexShop(tx: SearchIndexer, shop: DirectoryShopView): void {
  const place = `${shop.floor} ${shop.unitNo}`.trim();
  tx.index({
    module: 'directory',
    entityId: shop.id,
    title: shop.name,
    subtitle: shop.opensAt ? `${place} · ${hoursLine(shop.opensAt, shop.closesAt)}` : place,
    tag: shop.category,
    // The shop's phone is in the words only: it is no customer's, so it stays out of customer histories.
    text: shopWords(shop),
    // Names give the short keys a one- or two-character query finds (珠宝, 餐饮): the category's words are one.
    names: [shop.name, ...tagWords('directory', 'category', shop.category)],
    at: shop.createdAt,
    voided: !shop.active,
  });
}

/** Indexes the shop settings just wrote, in the same transaction. */
export function shopWritten(ctx: ServiceContext, tx: WriteTx, id: string): void {
  indexShop(tx, getShop(ctx, id));
}

function indexAnswer(tx: WriteTx, answer: DirectoryAnswerView): void {
  const body = [...answer.body];
  tx.index({
    module: 'directory',
    entityId: answer.id,
    title: answer.title,
    subtitle: body.length > 40 ? `${body.slice(0, 40).join('')}…` : answer.body,
    tag: 'answer',
    text: answerWords(answer),
    names: [answer.title, ...answer.keywords.split(/\s+/).filter(Boolean)],
    at: answer.createdAt,
    voided: answer.voidedAt !== null,
  });
}

function assertListed(row: { voidedAt: number | null }): void {
  if (row.voidedAt !== null) throw refuse('errors.directoryVoided');
}

function assertShopListed(row: { active: boolean }): void {
  if (!row.active) throw refuse('errors.directoryVoided');
}

/** 商户: a supervisor adds or edits one (the edit based on the version shown); a name is listed once. */
export function saveShop(ctx: ServiceContext, actor: Actor | null, input: Edit<typeof shopInput>): DirectoryShopView {
  requireRole(actor, 'supervisor');
  if (input.id) assertShopListed(getShop(ctx, input.id));
  const clash = shopNameTaken.get(ctx.sqlite, input.name, input.id ?? '');
  if (clash) throw refuse(clash.active ? 'errors.directoryShopTaken' : 'errors.directoryShopInactive', 'name');
  const values = {
    name: input.name,
    category: input.category,
    floor: input.floor,
    unitNo: input.unitNo,
    phone: input.phone,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    note: input.note,
  };
  return write(ctx, actor, (tx) => {
    const id = input.id
      ? tx.update('shops', input.id, { ...values, updatedAt: tx.now }).after.id
      : tx.insert('shops', { id: newId(), ...values, active: true, createdAt: tx.now, updatedAt: tx.now }).id;
    const shop = getShop(ctx, id);
    indexShop(tx, shop);
    return shop;
  });
}

/** 常见问答: a supervisor adds or edits one; a title is listed once. */
export function saveAnswer(
  ctx: ServiceContext,
  actor: Actor | null,
  input: Edit<typeof answerInput>,
): DirectoryAnswerView {
  requireRole(actor, 'supervisor');
  if (input.id) assertListed(getAnswer(ctx, input.id));
  if (answerTitleTaken.get(ctx.sqlite, input.title, input.id ?? ''))
    throw refuse('errors.directoryAnswerTaken', 'title');
  const values = { title: input.title, keywords: input.keywords, body: input.body };
  return write(ctx, actor, (tx) => {
    const id = input.id
      ? tx.update('directoryAnswers', input.id, { ...values, updatedAt: tx.now }).after.id
      : tx.insert('directoryAnswers', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
    const answer = getAnswer(ctx, id);
    indexAnswer(tx, answer);
    return answer;
  });
}

/**
 * A shop that closed or moved out: a lead voids it with a reason; it leaves the directory and the shop list of
 * every module (the same record settings shows as not active), and stays in the history.
 */
export function voidShop(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): DirectoryShopView {
  requireRole(actor, 'lead');
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  return write(ctx, actor, (tx) => {
    assertShopListed(getShop(ctx, input.id));
    tx.update(
      'shops',
      input.id,
      { active: false, voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId, updatedAt: tx.now },
      { action: 'void', note: reason },
    );
    const shop = getShop(ctx, input.id);
    indexShop(tx, shop);
    return shop;
  });
}

export function voidAnswer(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reason: string },
): DirectoryAnswerView {
  requireRole(actor, 'lead');
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  return write(ctx, actor, (tx) => {
    assertListed(getAnswer(ctx, input.id));
    tx.update(
      'directoryAnswers',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId, updatedAt: tx.now },
      { action: 'void', note: reason },
    );
    const answer = getAnswer(ctx, input.id);
    indexAnswer(tx, answer);
    return answer;
  });
}
