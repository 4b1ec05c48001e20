import type { z } from 'zod';
import { giftCampaigns, giftItems, giftMoves } from '../../../db/schema';
import { int, query, tableRef } from '../../../db/sql';
import type {
  campaignInput,
  GiftCampaignView,
  GiftItemView,
  giftItemInput,
  stockMoveInput,
} from '../../../shared/contract/gifts';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { newId } from '../ids';
import { type WriteTx, write } from '../write';

const c = tableRef(giftCampaigns, 'c');
const i = tableRef(giftItems, 'i');
const m = tableRef(giftMoves, 'm');

const campaignRow = c.pick(
  'id',
  'version',
  'name',
  'startDay',
  'endDay',
  'thresholdFen',
  'perPersonPerDay',
  'active',
  'note',
);
const sumOf = (condition: string) =>
  int(`(select coalesce(sum(${m.c.quantity}), 0) from ${m.from} where ${m.c.itemId} = ${i.c.id} and (${condition}))`);
/** Net of voids: a void's movement back counts against the redemption or the draw it undid. */
const itemRow = {
  ...i.pick('id', 'version', 'name', 'active', 'campaignId'),
  received: sumOf(`${m.c.kind} = 'in'`),
  redeemed: sumOf(`${m.c.kind} = 'redeem' or (${m.c.kind} = 'back' and ${m.c.redemptionId} is not null)`),
  prizes: sumOf(`${m.c.kind} = 'prize' or (${m.c.kind} = 'back' and ${m.c.drawId} is not null)`),
  sentBack: sumOf(`${m.c.kind} = 'out'`),
};

const allCampaigns = query(
  campaignRow,
  (list) => `select ${list} from ${c.from} order by ${c.c.startDay} desc, ${c.c.name}`,
);
const campaignById = query(campaignRow, (list) => `select ${list} from ${c.from} where ${c.c.id} = ?`);
const itemsOf = query(
  itemRow,
  (list) => `select ${list} from ${i.from} where ${i.c.campaignId} = ? order by ${i.c.name}`,
);
const itemById = query(itemRow, (list) => `select ${list} from ${i.from} where ${i.c.id} = ?`);
const campaignNameTaken = query(
  { id: c.col('id') },
  (list) => `select ${list} from ${c.from} where ${c.c.name} = ? and ${c.c.id} <> ?`,
);
const itemNameTaken = query(
  { id: i.col('id') },
  (list) => `select ${list} from ${i.from} where ${i.c.campaignId} = ? and ${i.c.name} = ? and ${i.c.id} <> ?`,
);

type ItemRow = ReturnType<typeof itemById.all>[number];

function toItem(row: ItemRow): GiftItemView & { campaignId: string } {
  // Given and sent back are stored negative; the view counts them as handed out.
  return {
    ...row,
    redeemed: 0 - row.redeemed,
    prizes: 0 - row.prizes,
    sentBack: 0 - row.sentBack,
    stock: row.received + row.redeemed + row.prizes + row.sentBack,
  };
}

export function getGiftItem(ctx: ServiceContext, id: string): GiftItemView & { campaignId: string } {
  const row = itemById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.giftItemMissing');
  return toItem(row);
}

function withItems(ctx: ServiceContext, row: ReturnType<typeof campaignById.all>[number]): GiftCampaignView {
  return { ...row, items: itemsOf.all(ctx.sqlite, row.id).map(toItem) };
}

export function getCampaign(ctx: ServiceContext, id: string): GiftCampaignView {
  const row = campaignById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.giftCampaignMissing');
  return withItems(ctx, row);
}

export function listCampaigns(ctx: ServiceContext, includeInactive: boolean): GiftCampaignView[] {
  return allCampaigns
    .all(ctx.sqlite)
    .filter((row) => includeInactive || row.active)
    .map((row) => withItems(ctx, row));
}

/** 赠品活动: supervisors keep the campaigns; a name is used once. */
export function saveCampaign(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof campaignInput>,
): GiftCampaignView {
  if (campaignNameTaken.get(ctx.sqlite, input.name, input.id ?? '')) throw refuse('errors.giftCampaignTaken', 'name');
  const values = {
    name: input.name,
    startDay: input.startDay,
    endDay: input.endDay,
    thresholdFen: input.threshold,
    perPersonPerDay: input.perPersonPerDay,
    active: input.active,
    note: input.note,
  };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('giftCampaigns', input.id, { ...values, updatedAt: tx.now }).after.id;
    return tx.insert('giftCampaigns', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getCampaign(ctx, id);
}

/** A gift or prize of a campaign; its name once within the campaign. */
export function saveGiftItem(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof giftItemInput>,
): GiftCampaignView {
  getCampaign(ctx, input.campaignId);
  if (input.id && getGiftItem(ctx, input.id).campaignId !== input.campaignId)
    throw refuse('errors.giftItemOtherCampaign', 'campaignId');
  if (itemNameTaken.get(ctx.sqlite, input.campaignId, input.name, input.id ?? ''))
    throw refuse('errors.giftItemTaken', 'name');
  write(ctx, actor, (tx) => {
    if (input.id) tx.update('giftItems', input.id, { name: input.name, active: input.active, updatedAt: tx.now });
    else
      tx.insert('giftItems', {
        id: newId(),
        campaignId: input.campaignId,
        name: input.name,
        active: input.active,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
  });
  return getCampaign(ctx, input.campaignId);
}

/** One signed movement of the ledger, in the caller's transaction. */
export function moveStock(
  tx: WriteTx,
  actor: Actor,
  values: {
    itemId: string;
    kind: 'in' | 'redeem' | 'prize' | 'out' | 'back';
    quantity: number;
    source?: string;
    redemptionId?: string;
    drawId?: string;
  },
): void {
  tx.insert('giftMoves', {
    id: newId(),
    itemId: values.itemId,
    kind: values.kind,
    quantity: values.quantity,
    source: values.source ?? '',
    redemptionId: values.redemptionId ?? null,
    drawId: values.drawId ?? null,
    clerkId: actor.clerkId,
    shiftId: actor.shiftId,
    at: tx.now,
  });
}

/** 入库 from whom, or 退回 to whom; sending back more than is in stock is refused. */
export function recordStock(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof stockMoveInput>,
): GiftCampaignView {
  const item = getGiftItem(ctx, input.itemId);
  write(ctx, actor, (tx) => {
    if (input.direction === 'out' && getGiftItem(ctx, input.itemId).stock < input.quantity)
      throw refuse('errors.giftStockShort', 'quantity');
    moveStock(tx, actor, {
      itemId: input.itemId,
      kind: input.direction,
      quantity: input.direction === 'in' ? input.quantity : -input.quantity,
      source: input.source,
    });
  });
  return getCampaign(ctx, item.campaignId);
}
