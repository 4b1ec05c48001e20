import type { giftDraws, giftRedemptions } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Redemptions = TableRef<typeof giftRedemptions>['c'];
type Draws = TableRef<typeof giftDraws>['c'];

/** A gift handed out and not voided: what lists, the handover sheet and the reports count. */
export function redemptionStands(r: Redemptions): string {
  return `${r.voidedAt} is null`;
}

export function drawStands(d: Draws): string {
  return `${d.voidedAt} is null`;
}
