import type { IdDocumentType, VisitCursor, VisitPurpose } from './reception-fields';

/** One visit as the screens show it. The phone is full here; lists and printouts mask it. */
export interface VisitView {
  id: string;
  /** Sent back with an edit, a sign-out or a void: one based on an older version is refused. */
  version: number;
  serialNo: string;
  timeIn: number;
  timeOut: number | null;
  visitorName: string;
  phone: string;
  organisation: string;
  partySize: number;
  idType: IdDocumentType | null;
  idMasked: string;
  purpose: VisitPurpose;
  visiting: string;
  shopId: string | null;
  shopName: string | null;
  badgeNo: string;
  badgeReturned: boolean | null;
  plate: string;
  notes: string;
  repairLocation: string;
  repairDepartmentId: string | null;
  repairDepartmentName: string | null;
  repairFollowUpDue: number | null;
  watchEntryId: string | null;
  anonymisedAt: number | null;
  clerkId: string;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
  /** The complaint this visit became, if any. */
  complaintId: string | null;
  complaintSerial: string | null;
  /** The repair work order (报修派工单) this visit became, if any (not voided). */
  repairOrderId: string | null;
  repairOrderSerial: string | null;
}

export interface VisitPage {
  rows: VisitView[];
  nextCursor: VisitCursor | null;
  /**
   * Set when a short text was looked for only back to this time (a bounded scan) and older visits remain: the
   * list says so and "load more" goes on from there, instead of one call reading ten years of visits.
   */
  searchedBackTo: number | null;
}

/** An earlier visitor who may be the one at the counter now: enough to fill the form again. */
export interface VisitSuggestion {
  visitId: string;
  visitorName: string;
  phone: string;
  organisation: string;
  idType: IdDocumentType | null;
  idMasked: string;
  lastTimeIn: number;
  visits: number;
}

export interface WatchEntryView {
  id: string;
  /** Sent back with an edit: one based on an older version (another supervisor's edit since) is refused. */
  version: number;
  name: string;
  phone: string;
  idMasked: string;
  reason: string;
  active: boolean;
  createdAt: number;
}
