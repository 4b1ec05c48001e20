import type {
  LostfoundCategory,
  LostfoundFinderKind,
  LostfoundIdType,
  LostfoundItemStatus,
  LostfoundReportStatus,
  LostfoundState,
  LostfoundValueClass,
} from './lostfound-fields';

/** What the lost-and-found channels return; plain types, kept apart from the input schemas. */

export interface LostfoundItemView {
  id: string;
  /** Sent back with a change: one based on an older version (another clerk's change since) is refused. */
  version: number;
  serialNo: string;
  category: LostfoundCategory;
  description: string;
  colour: string;
  brand: string;
  valueClass: LostfoundValueClass;
  valuable: boolean;
  cashFen: number;
  foundPlace: string;
  foundAt: number;
  finderKind: LostfoundFinderKind;
  finderName: string;
  /** Canonical; empty when the finder gave none. Shown masked; the edit form sends it back. */
  finderPhone: string;
  storagePlace: string;
  hasPhoto: boolean;
  /** The storage slip whose unclaimed goods this item is (transferred to lost and found), shown as a link to it. */
  sourceSlipId: string | null;
  fromStorageSerial: string | null;
  /** The loss report (寻物登记) the item was claimed against, shown as a link to it. */
  claimReportId: string | null;
  claimReportSerial: string | null;
  status: LostfoundItemStatus;
  state: LostfoundState;
  /** The end of the keeping period: after it the item may be handed to the police or disposed of. */
  keepUntil: number;
  claimantName: string | null;
  claimantPhone: string | null;
  claimantIdType: LostfoundIdType | null;
  claimantIdMasked: string | null;
  claimDescription: string | null;
  claimApprovedByName: string | null;
  closedAt: number | null;
  closedByName: string | null;
  closeReason: string | null;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface LostfoundReportView {
  id: string;
  /** Sent back with a change: one based on an older version (another clerk's change since) is refused. */
  version: number;
  serialNo: string;
  reporterName: string;
  phone: string;
  category: LostfoundCategory;
  description: string;
  lostPlace: string;
  lostFrom: number;
  lostTo: number;
  status: LostfoundReportStatus;
  /** The found item claimed against this report, shown as a link to it. */
  itemId: string | null;
  itemSerial: string | null;
  clerkName: string;
  createdAt: number;
  voidedAt: number | null;
  voidReason: string | null;
}

/** A found item that may be what a report describes, with why. */
export interface LostfoundCandidate {
  item: LostfoundItemView;
  score: number;
  sameCategory: boolean;
  placeMatches: boolean;
  /** Words of the report found in the item's description, colour or brand. */
  words: string[];
}

export interface LostfoundSettings {
  /** Days an unclaimed item is kept before it may be handed to the police or disposed of. */
  keepDays: number;
}

export interface LostfoundAttention {
  held: number;
  valuables: number;
  due: number;
  openReports: number;
}
