import type { z } from 'zod';
import { giftReceipts, giftRedemptions } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import {
  type drawInput,
  GIFT_DRAW_PREFIX,
  GIFT_REDEMPTION_PREFIX,
  type GiftRecordView,
  type redeemInput,
} from '../../../shared/contract/gifts';
import { formatMoney } from '../../../shared/contract/money';
import { hasRole } from '../../../shared/contract/roles';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { auditPrint } from '../print-record';
import { getSite } from '../settings';
import { siteDate } from '../time';
import { type WriteTx, write } from '../write';
import { getCampaign, getGiftItem, moveStock } from './catalogue';
import { redemptionStands } from './predicates';
import { getGiftRecord } from './queries';

const r = tableRef(giftRedemptions, 'r');
const gr = tableRef(giftReceipts, 'gr');

const receiptInUse = query(
  { receiptNo: text(gr.c.receiptNo), serialNo: text(r.c.serialNo) },
  (list) =>
    `select ${list} from ${gr.from} join ${r.from} on ${r.c.id} = ${gr.c.redemptionId}
     where ${gr.c.campaignId} = ? and ${gr.c.receiptNo} = ? and ${gr.c.releasedAt} is null`,
);
const takenToday = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${r.from} where ${r.c.campaignId} = ? and ${r.c.phone} = ? and ${r.c.siteDay} = ? and ${redemptionStands(r.c)}`,
);
const receiptsOf = query(
  { id: text(gr.c.id) },
  (list) => `select ${list} from ${gr.from} where ${gr.c.redemptionId} = ? and ${gr.c.releasedAt} is null`,
);

/** A redemption or draw in the global search (here, or as it arrives from another counter). */
export function indexRecord(tx: Pick<WriteTx, 'index'>, view: GiftRecordView): void {
  tx.index({
    module: 'gifts',
    entityId: view.id,
    title: view.personName,
    subtitle: `${view.serialNo} · ${view.campaignName} · ${view.itemName}`,
    tag: view.recordKind,
    text: [view.serialNo, view.campaignName, view.itemName, view.drawName, ...view.receiptNos].join(' '),
    names: [view.personName],
    phones: [view.phone],
    at: view.createdAt,
    voided: view.voidedAt !== null,
  });
}

/** The campaign runs today (by the site's day) and the gift is one of its own, active, with one left. */
function checkGiftable(ctx: ServiceContext, campaignId: string, itemId: string) {
  const campaign = getCampaign(ctx, campaignId);
  const day = siteDate(ctx.clock.now(), getSite(ctx).timeZone);
  if (!campaign.active || day < campaign.startDay || day > campaign.endDay)
    throw refuse('errors.giftCampaignNotRunning', 'campaignId', { from: campaign.startDay, to: campaign.endDay });
  const item = getGiftItem(ctx, itemId);
  if (item.campaignId !== campaignId || !item.active) throw refuse('errors.giftItemOtherCampaign', 'itemId');
  if (item.stock < 1) throw refuse('errors.giftOutOfStock', 'itemId', { name: item.name });
  return { campaign, item, day };
}

/**
 * 赠品兑换: the receipts reach the campaign's spend, none was used for this campaign before, the customer has not
 * had the day's number of gifts; the gift leaves the stock in the same transaction.
 */
export function redeemGift(ctx: ServiceContext, actor: Actor, input: z.output<typeof redeemInput>): GiftRecordView {
  const { campaign, day } = checkGiftable(ctx, input.campaignId, input.itemId);
  if (input.amount < campaign.thresholdFen)
    throw refuse('errors.giftBelowThreshold', 'amount', { threshold: formatMoney(campaign.thresholdFen) });
  const id = write(ctx, actor, (tx) => {
    for (const receiptNo of input.receipts) {
      const used = receiptInUse.get(ctx.sqlite, input.campaignId, receiptNo);
      if (used) throw refuse('errors.giftReceiptUsed', 'receipts', { receipt: receiptNo, serial: used.serialNo });
    }
    if (single(takenToday, ctx.sqlite, input.campaignId, input.phone, day).count >= campaign.perPersonPerDay)
      throw refuse('errors.giftPersonLimit', 'phone', { count: campaign.perPersonPerDay });
    if (getGiftItem(ctx, input.itemId).stock < 1) throw refuse('errors.giftOutOfStock', 'itemId', { name: '' });
    const row = tx.insert('giftRedemptions', {
      id: newId(),
      serialNo: tx.serial(GIFT_REDEMPTION_PREFIX),
      campaignId: input.campaignId,
      itemId: input.itemId,
      customerName: input.customerName,
      phone: input.phone,
      receiptNos: input.receipts.join(' '),
      amountFen: input.amount,
      siteDay: day,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    for (const receiptNo of input.receipts)
      tx.insert('giftReceipts', { id: newId(), campaignId: input.campaignId, receiptNo, redemptionId: row.id });
    moveStock(tx, actor, { itemId: input.itemId, kind: 'redeem', quantity: -1, redemptionId: row.id });
    indexRecord(tx, getGiftRecord(ctx, row.id));
    return row.id;
  });
  return getGiftRecord(ctx, id);
}

/** 抽奖: the draw, the winner and the prize handed out, approved by a lead's PIN; the prize leaves the stock. */
export function recordDraw(ctx: ServiceContext, actor: Actor, input: z.output<typeof drawInput>): GiftRecordView {
  checkGiftable(ctx, input.campaignId, input.itemId);
  const approver = approveWithPin(ctx, actor, input.approval, 'lead');
  const id = write(ctx, actor, (tx) => {
    if (getGiftItem(ctx, input.itemId).stock < 1) throw refuse('errors.giftOutOfStock', 'itemId', { name: '' });
    const row = tx.insert('giftDraws', {
      id: newId(),
      serialNo: tx.serial(GIFT_DRAW_PREFIX),
      campaignId: input.campaignId,
      itemId: input.itemId,
      drawName: input.drawName,
      winnerName: input.winnerName,
      phone: input.phone,
      approvedBy: approver.id,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    moveStock(tx, actor, { itemId: input.itemId, kind: 'prize', quantity: -1, drawId: row.id });
    indexRecord(tx, getGiftRecord(ctx, row.id));
    return row.id;
  });
  return getGiftRecord(ctx, id);
}

/** 作废 by a lead with a reason: the gift goes back to the stock and a redemption's receipts may be used again. */
export function voidGiftRecord(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reason: string },
): GiftRecordView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const before = getGiftRecord(ctx, input.id);
    if (before.voidedAt !== null) throw refuse('errors.giftRecordVoided');
    const patch = { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId, updatedAt: tx.now };
    const options = { action: 'void' as const, note: reason };
    if (before.recordKind === 'redemption') {
      tx.update('giftRedemptions', input.id, patch, options);
      for (const receipt of receiptsOf.all(ctx.sqlite, input.id))
        tx.update('giftReceipts', receipt.id, { releasedAt: tx.now });
      moveStock(tx, actor, { itemId: before.itemId, kind: 'back', quantity: 1, redemptionId: input.id });
    } else {
      tx.update('giftDraws', input.id, patch, options);
      moveStock(tx, actor, { itemId: before.itemId, kind: 'back', quantity: 1, drawId: input.id });
    }
    indexRecord(tx, getGiftRecord(ctx, input.id));
  });
  return getGiftRecord(ctx, input.id);
}

/** A campaign's ledger prints on A4; its prints are audited on the campaign. */
export function recordLedgerPrint(ctx: ServiceContext, actor: Actor, campaignId: string): { reprint: boolean } {
  const campaign = getCampaign(ctx, campaignId);
  return auditPrint(ctx, actor, 'giftCampaigns', campaignId, campaign.name);
}
