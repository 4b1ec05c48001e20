export { getCampaign, getGiftItem, listCampaigns, recordStock, saveCampaign, saveGiftItem } from './catalogue';
export { getGiftRecord, giftLedger, listGiftRecords } from './queries';
export { recordDraw, recordLedgerPrint, redeemGift, voidGiftRecord } from './records';
