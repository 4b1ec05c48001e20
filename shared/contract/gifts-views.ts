import type { GiftMoveKind, GiftRecordKind, GiftState } from './gifts-fields';

/** What the gift channels return; plain types, kept apart from the input schemas. */

export interface GiftItemView {
  id: string;
  version: number;
  name: string;
  active: boolean;
  /** Received from suppliers, given at redemptions and as prizes, sent back, put back by voids; stock is their sum. */
  received: number;
  redeemed: number;
  prizes: number;
  sentBack: number;
  stock: number;
}

export interface GiftCampaignView {
  id: string;
  version: number;
  name: string;
  startDay: string;
  endDay: string;
  thresholdFen: number;
  perPersonPerDay: number;
  active: boolean;
  note: string;
  items: GiftItemView[];
}

/** A redemption or a lucky draw: one gift handed out, with whom it went to. */
export interface GiftRecordView {
  id: string;
  version: number;
  recordKind: GiftRecordKind;
  serialNo: string;
  campaignId: string;
  campaignName: string;
  itemId: string;
  itemName: string;
  /** The customer who redeemed, or the winner. */
  personName: string;
  phone: string;
  /** A redemption's receipts and their total; empty and 0 for a draw. */
  receiptNos: string[];
  amountFen: number;
  /** A draw's round or ticket and the lead who approved it; empty for a redemption. */
  drawName: string;
  approvedByName: string;
  clerkName: string;
  createdAt: number;
  state: GiftState;
  voidedAt: number | null;
  voidReason: string | null;
}

/** One line of a campaign's ledger (赠品台账). */
export interface GiftMoveView {
  id: string;
  at: number;
  kind: GiftMoveKind;
  itemName: string;
  quantity: number;
  source: string;
  /** The redemption's or draw's serial for a movement that belongs to one. */
  serialNo: string;
  personName: string;
  clerkName: string;
}

export interface GiftLedgerView {
  campaign: GiftCampaignView;
  moves: GiftMoveView[];
}
