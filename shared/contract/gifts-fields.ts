/** Value lists of gifts and lucky draws (赠品, 抽奖), kept apart so the schema, the contract and the labels agree. */
export const GIFT_REDEMPTION_PREFIX = 'ZP';
export const GIFT_DRAW_PREFIX = 'CJ';
/**
 * A stock movement: received (from whom), given at a redemption, handed out as a prize, sent back to whoever
 * supplied it (to whom), put back by a void.
 */
export const giftMoveKindValues = ['in', 'redeem', 'prize', 'out', 'back'] as const;
/** Movements that add to the stock; the others take from it. */
export const giftMoveInKinds = ['in', 'back'] as const;
export const giftRecordKindValues = ['redemption', 'draw'] as const;
export const giftStateValues = ['done', 'voided'] as const;
export const giftFilterValues = ['today', 'all'] as const;

export const giftsValueLists = {
  moveKind: giftMoveKindValues,
  recordKind: giftRecordKindValues,
  state: giftStateValues,
  filter: giftFilterValues,
};

export type GiftMoveKind = (typeof giftMoveKindValues)[number];
export type GiftRecordKind = (typeof giftRecordKindValues)[number];
export type GiftState = (typeof giftStateValues)[number];
export type GiftFilter = (typeof giftFilterValues)[number];

/**
 * Receipt numbers as the clerk types or scans them: separated by spaces, commas or new lines, upper-cased, each
 * once. The same list rule as invoice requests, so a receipt reads the same at both desks.
 */
export function splitReceipts(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\s,，;；、]+/)) {
    const receipt = part.trim().toUpperCase();
    if (receipt && !out.includes(receipt)) out.push(receipt);
  }
  return out;
}
