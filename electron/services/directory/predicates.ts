import type { directoryAnswers, directoryShops } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';

type Shops = TableRef<typeof directoryShops>['c'];
type Answers = TableRef<typeof directoryAnswers>['c'];

/** A shop or answer not voided: what the directory, search, the handover sheet and the reports count. */
export function shopListed(s: Shops): string {
  return `${s.voidedAt} is null`;
}

export function answerListed(a: Answers): string {
  return `${a.voidedAt} is null`;
}
