import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import {
  editVersionSchema,
  idSchema,
  optionalText,
  phoneSchema,
  pinSchema,
  requiredText,
  searchTextSchema,
  versionedIfEdit,
  versionOnEdit,
  voidReasonSchema,
} from './fields';
import { giftFilterValues, splitReceipts } from './gifts-fields';
import { giftsLabels } from './gifts-labels';
import type { GiftCampaignView, GiftLedgerView, GiftRecordView } from './gifts-views';
import { contractModule } from './module';
import { calendarDaySchema, yuanSchema } from './money';

export * from './gifts-fields';
export type * from './gifts-views';

const wholeCount = (max: number) =>
  z
    .number({ error: 'errors.wholeNumber' })
    .int('errors.wholeNumber')
    .min(1, 'errors.giftQuantityMin')
    .max(max, 'errors.tooLarge');

/** 赠品活动: a supervisor sets its days, the spend one gift needs and how many one person may take a day. */
export const campaignInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    name: requiredText(40),
    startDay: calendarDaySchema,
    endDay: calendarDaySchema,
    threshold: yuanSchema({ field: 'giftThreshold', allowZero: true, emptyFen: 0 }),
    perPersonPerDay: wholeCount(20),
    active: z.boolean().default(true),
    note: optionalText(200),
  })
  .refine((v) => v.startDay <= v.endDay, { path: ['endDay'], message: 'errors.giftCampaignDays' })
  .superRefine(versionOnEdit);
export type CampaignInput = z.input<typeof campaignInput>;

export const giftItemInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    campaignId: idSchema,
    name: requiredText(30),
    active: z.boolean().default(true),
  })
  .superRefine(versionOnEdit);
export type GiftItemInput = z.input<typeof giftItemInput>;

/** 入库 (from whom) or 退回 (to whom): a count of one gift. */
export const stockMoveInput = z.object({
  itemId: idSchema,
  direction: z.enum(['in', 'out']),
  quantity: wholeCount(100_000),
  source: requiredText(40),
});
export type StockMoveInput = z.input<typeof stockMoveInput>;

const receiptsSchema = z
  .string({ error: 'errors.required' })
  .transform((v) => splitReceipts(v))
  .pipe(
    z
      .array(
        z
          .string()
          .max(40, 'errors.tooLong')
          .regex(/^[0-9A-Z-]+$/, 'errors.giftReceiptFormat'),
      )
      .min(1, 'errors.giftReceiptsRequired')
      .max(20, messageWithParams('errors.tooMany', { max: 20 })),
  );

/** 赠品兑换: the customer, the receipts shown (each once per campaign) and what they add up to. */
export const redeemInput = z.object({
  campaignId: idSchema,
  itemId: idSchema,
  customerName: requiredText(20),
  phone: phoneSchema,
  receipts: receiptsSchema,
  amount: yuanSchema({ field: 'giftPurchase' }),
});
export type RedeemInput = z.input<typeof redeemInput>;

/** 抽奖: the draw, the winner and the prize handed out; a lead approves with a PIN. */
export const drawInput = z.object({
  campaignId: idSchema,
  itemId: idSchema,
  drawName: requiredText(30),
  winnerName: requiredText(20),
  phone: phoneSchema,
  approval: z.object({ clerkId: idSchema, pin: pinSchema }),
});
export type DrawInput = z.input<typeof drawInput>;

export const listGiftsInput = z.object({
  campaignId: idSchema.nullable().default(null),
  filter: z.enum(giftFilterValues).default('today'),
  text: searchTextSchema(40).default(''),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ListGiftsInput = z.input<typeof listGiftsInput>;

const byId = z.object({ id: idSchema });

export const giftsContract = {
  'gifts:campaigns': channel<GiftCampaignView[]>()(
    z.object({ includeInactive: z.boolean().default(false) }),
    'session',
  ),
  'gifts:saveCampaign': channel<GiftCampaignView>()(campaignInput, 'supervisor', {
    versioned: versionedIfEdit('giftCampaigns'),
  }),
  'gifts:saveItem': channel<GiftCampaignView>()(giftItemInput, 'supervisor', {
    versioned: versionedIfEdit('giftItems'),
  }),
  'gifts:stock': channel<GiftCampaignView>()(stockMoveInput, 'session'),
  'gifts:redeem': channel<GiftRecordView>()(redeemInput, 'session'),
  'gifts:draw': channel<GiftRecordView>()(drawInput, 'session', { pins: (input) => [input.approval] }),
  'gifts:get': channel<GiftRecordView>()(byId, 'session'),
  'gifts:list': channel<GiftRecordView[]>()(listGiftsInput, 'session'),
  'gifts:void': channel<GiftRecordView>()(z.object({ id: idSchema, reason: voidReasonSchema }), 'lead'),
  'gifts:ledger': channel<GiftLedgerView>()(z.object({ campaignId: idSchema }), 'session'),
  'gifts:printed': channel<{ reprint: boolean }>()(byId, 'session'),
};

export const giftsModule = contractModule('gifts', {
  channels: giftsContract,
  labels: giftsLabels,
  searchTag: 'recordKind',
});
