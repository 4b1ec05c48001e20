import { mainModule } from '../app/module';
import {
  getGiftRecord,
  giftLedger,
  listCampaigns,
  listGiftRecords,
  recordDraw,
  recordLedgerPrint,
  recordStock,
  redeemGift,
  saveCampaign,
  saveGiftItem,
  voidGiftRecord,
} from '../services/gifts';
import { giftsExport } from '../services/gifts/export';
import { giftsSection } from '../services/gifts/handover-section';
import { giftsHitStatus } from '../services/gifts/hit-status';
import { giftsReport } from '../services/gifts/report-section';
import { giftsSync } from '../services/gifts/sync';

export const giftsMain = mainModule('gifts', {
  hitStatus: giftsHitStatus,
  handlers: {
    'gifts:campaigns': (input, { ctx }) => listCampaigns(ctx, input.includeInactive),
    'gifts:saveCampaign': (input, { ctx, actor }) => saveCampaign(ctx, actor(), input),
    'gifts:saveItem': (input, { ctx, actor }) => saveGiftItem(ctx, actor(), input),
    'gifts:stock': (input, { ctx, actor }) => recordStock(ctx, actor(), input),
    'gifts:redeem': (input, { ctx, actor }) => redeemGift(ctx, actor(), input),
    'gifts:draw': (input, { ctx, actor }) => recordDraw(ctx, actor(), input),
    'gifts:get': (input, { ctx }) => getGiftRecord(ctx, input.id),
    'gifts:list': (input, { ctx }) => listGiftRecords(ctx, input),
    'gifts:void': (input, { ctx, actor }) => voidGiftRecord(ctx, actor(), input),
    'gifts:ledger': (input, { ctx }) => giftLedger(ctx, input.campaignId),
    'gifts:printed': (input, { ctx, actor }) => recordLedgerPrint(ctx, actor(), input.id),
  },
  handover: giftsSection,
  report: giftsReport,
  export: giftsExport,
  sync: giftsSync,
});
