import { giftCampaigns, giftDraws, giftItems, giftMoves, giftReceipts, giftRedemptions } from '../../../db/schema';
import { giftsLabels } from '../../../shared/contract/gifts-labels';
import { auditedEntity } from '../audit/entity';

const fields = giftsLabels['zh-CN'].fields;

export const giftsEntities = {
  giftCampaigns: auditedEntity(giftCampaigns, 'id', { module: 'gifts', fields: fields.giftCampaigns, display: 'name' }),
  giftItems: auditedEntity(giftItems, 'id', {
    module: 'gifts',
    fields: fields.giftItems,
    display: 'name',
    refs: { campaignId: 'giftCampaigns' },
  }),
  giftRedemptions: auditedEntity(giftRedemptions, 'id', {
    module: 'gifts',
    fields: fields.giftRedemptions,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'customerName' }],
    refs: { campaignId: 'giftCampaigns', itemId: 'giftItems' },
  }),
  giftReceipts: auditedEntity(giftReceipts, 'id', {
    module: 'gifts',
    fields: fields.giftReceipts,
    display: 'receiptNo',
    refs: { campaignId: 'giftCampaigns', redemptionId: 'giftRedemptions' },
  }),
  giftDraws: auditedEntity(giftDraws, 'id', {
    module: 'gifts',
    fields: fields.giftDraws,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'winnerName' }],
    refs: { campaignId: 'giftCampaigns', itemId: 'giftItems' },
  }),
  giftMoves: auditedEntity(giftMoves, 'id', {
    module: 'gifts',
    fields: fields.giftMoves,
    display: 'kind',
    refs: { itemId: 'giftItems', redemptionId: 'giftRedemptions', drawId: 'giftDraws' },
  }),
};
