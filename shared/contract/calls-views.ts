import type { CallbackStatus, CallCategory, CallCursor, CallDirection } from './call-fields';

/** One call as the screens show it. The phone is full here; lists mask it. */
export interface CallView {
  id: string;
  /** Sent back with an edit: a save based on an older version is refused. */
  version: number;
  serialNo: string;
  direction: CallDirection;
  startedAt: number;
  durationSec: number;
  callerName: string;
  phone: string;
  category: CallCategory;
  summary: string;
  transferredTo: string;
  transferDepartmentId: string | null;
  transferDepartmentName: string | null;
  replyNeeded: boolean;
  replyDueAt: number | null;
  replyClosedAt: number | null;
  answeredByCallId: string | null;
  answersCallId: string | null;
  result: string;
  callbackStatus: CallbackStatus | null;
  clerkId: string;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
  /** The complaint this call became, if any. */
  complaintId: string | null;
  complaintSerial: string | null;
  /** The repair work order (报修派工单) this call became, if any (not voided). */
  repairOrderId: string | null;
  repairOrderSerial: string | null;
}

export interface CallPage {
  rows: CallView[];
  nextCursor: CallCursor | null;
}

/** Open callbacks by urgency: the header badge and the handover read this. */
export interface CallbackCounts {
  open: number;
  dueSoon: number;
  overdue: number;
}

/** How often a number called lately, and its newest calls. */
export interface RepeatCaller {
  phone: string;
  count: number;
  recent: CallView[];
}

/** The open callbacks, with main's clock so "overdue by" agrees with the status. */
export interface CallbackQueueView {
  now: number;
  rows: CallView[];
}
