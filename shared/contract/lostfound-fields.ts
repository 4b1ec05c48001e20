import { idDocumentTypeValues } from './id-documents';

/** Value lists of lost and found (失物招领), kept apart so the schema, the contract and the labels agree. */
export const LOSTFOUND_ITEM_PREFIX = 'SW';
export const LOSTFOUND_REPORT_PREFIX = 'XW';
export const lostfoundCategoryValues = [
  'phone',
  'wallet',
  'cash',
  'id_card',
  'keys',
  'bag',
  'clothing',
  'electronics',
  'jewellery',
  'umbrella',
  'toy',
  'other',
] as const;
/** Phones, wallets, cash and ID cards are valuables whatever the clerk says: kept apart, a lead approves the claim. */
export const valuableCategories: readonly LostfoundCategory[] = ['phone', 'wallet', 'cash', 'id_card', 'jewellery'];
export const lostfoundValueClassValues = ['low', 'ordinary', 'valuable'] as const;
export const lostfoundFinderKindValues = ['customer', 'cleaner', 'shop', 'security', 'staff', 'storage'] as const;
export const lostfoundItemStatusValues = ['held', 'claimed', 'police', 'disposed'] as const;
export const lostfoundDisposalValues = ['police', 'disposed'] as const;
export const lostfoundReportStatusValues = ['open', 'found', 'closed'] as const;
/** The claimant's document: the desk's one list of identity documents, each checked by its own rule. */
export const lostfoundIdTypeValues = idDocumentTypeValues;
/** What the clerk sees: held items are in custody, past the keeping period they are due for hand-over. */
export const lostfoundStateValues = ['held', 'due', 'claimed', 'police', 'disposed', 'voided'] as const;
export const lostfoundFilterValues = ['held', 'valuables', 'due', 'closed', 'all'] as const;

export const lostfoundValueLists = {
  category: lostfoundCategoryValues,
  valueClass: lostfoundValueClassValues,
  finderKind: lostfoundFinderKindValues,
  itemStatus: lostfoundItemStatusValues,
  disposal: lostfoundDisposalValues,
  reportStatus: lostfoundReportStatusValues,
  idType: lostfoundIdTypeValues,
  state: lostfoundStateValues,
  filter: lostfoundFilterValues,
};

export type LostfoundCategory = (typeof lostfoundCategoryValues)[number];
export type LostfoundValueClass = (typeof lostfoundValueClassValues)[number];
export type LostfoundFinderKind = (typeof lostfoundFinderKindValues)[number];
export type LostfoundItemStatus = (typeof lostfoundItemStatusValues)[number];
export type LostfoundDisposal = (typeof lostfoundDisposalValues)[number];
export type LostfoundReportStatus = (typeof lostfoundReportStatusValues)[number];
export type LostfoundIdType = (typeof lostfoundIdTypeValues)[number];
export type LostfoundState = (typeof lostfoundStateValues)[number];
export type LostfoundFilter = (typeof lostfoundFilterValues)[number];

export function isValuable(category: LostfoundCategory, valueClass: LostfoundValueClass): boolean {
  return valueClass === 'valuable' || valuableCategories.includes(category);
}
