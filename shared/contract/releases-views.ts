import type {
  ReleaseApprovalMethod,
  ReleaseCursor,
  ReleaseHolderKind,
  ReleaseReason,
  ReleaseStatus,
} from './releases-fields';

export interface ReleaseItemView {
  id: string;
  lineNo: number;
  name: string;
  quantity: number;
}

/** One goods release pass as the screens show it; the phone is full here, lists and printouts mask it. */
export interface ReleasePassView {
  id: string;
  version: number;
  serialNo: string;
  issuedAt: number;
  holderKind: ReleaseHolderKind;
  holderName: string;
  phone: string;
  unit: string;
  shopId: string | null;
  shopName: string | null;
  reason: ReleaseReason;
  reasonNote: string;
  vehiclePlate: string;
  /** The site day (YYYY-MM-DD) the goods may leave on. */
  validDay: string;
  approverName: string;
  approvalMethod: ReleaseApprovalMethod;
  approvedByName: string;
  /** The unit's note a supervisor set (unpaid move-out procedures), copied when the pass was issued. */
  unitFlag: string;
  status: ReleaseStatus;
  /** Still waiting at the gate after its day (main's clock, the site's day). */
  expired: boolean;
  exitCheckedAt: number | null;
  exitCheckedByName: string | null;
  guardName: string;
  exitNote: string;
  /** The items as one line (床垫 ×1、冰箱 ×1), for lists and search. */
  itemsText: string;
  clerkId: string;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface ReleasePassDetail extends ReleasePassView {
  items: ReleaseItemView[];
}

export interface ReleasePage {
  rows: ReleasePassView[];
  nextCursor: ReleaseCursor | null;
}

export interface ReleaseCounts {
  /** Issued and not yet through the gate, their day not past. */
  waiting: number;
  expired: number;
}

export interface ReleaseUnitHoldView {
  id: string;
  version: number;
  unit: string;
  note: string;
  active: boolean;
  updatedAt: number;
}
