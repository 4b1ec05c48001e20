import type {
  ComplaintCause,
  ComplaintChannel,
  ComplaintEventKind,
  ComplaintOutcome,
  ComplaintStatus,
  ComplaintType,
  ComplaintUrgency,
  DeadlineState,
  Satisfaction,
} from './complaint-fields';

export interface ComplaintEventView {
  id: string;
  at: number;
  kind: ComplaintEventKind;
  text: string;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus | null;
  correctsEventId: string | null;
  clerkId: string;
  clerkName: string;
}

export interface ComplaintView {
  id: string;
  /** Sent back with every status change: one based on an older version is refused. */
  version: number;
  serialNo: string;
  receivedAt: number;
  channel: ComplaintChannel;
  customerName: string;
  phone: string;
  address: string;
  type: ComplaintType;
  reason: string;
  demand: string;
  urgency: ComplaintUrgency;
  deadlineAt: number;
  /**
   * The deadline moved on by the time spent waiting for the customer, a pause still running counted up to now: by
   * the desk time paused (opening hours only), or on a complaint paused before that rule by the time on the clock.
   */
  effectiveDeadlineAt: number;
  /** How far the waits have moved the deadline, in desk time (on the clock for a complaint under the old rule). */
  deadlineMovedMs: number;
  /** Time waiting for the customer on the clock, nights included (the statistics' handling time leaves it out). */
  pausedMs: number;
  /** The deadline moved by the desk time of finished pauses; null on a complaint no pause has moved since. */
  movedDeadlineAt: number | null;
  pausedSince: number | null;
  pauseReason: string | null;
  deadlineState: DeadlineState;
  shopId: string | null;
  shopName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  notes: string;
  complainedClerkId: string | null;
  complainedClerkName: string | null;
  status: ComplaintStatus;
  notAcceptedReason: string | null;
  ownerClerkId: string;
  ownerClerkName: string;
  /** 首问责任人: who first received it; kept through every reassignment. */
  firstOwnerClerkId: string;
  firstOwnerClerkName: string;
  assignedDepartmentId: string | null;
  assignedDepartmentName: string | null;
  assignedClerkId: string | null;
  assignedClerkName: string | null;
  cause: ComplaintCause | null;
  outcome: ComplaintOutcome | null;
  resolution: string;
  compensationFen: number;
  compensationApprovedBy: string | null;
  compensationApprovedByName: string | null;
  resolvedAt: number | null;
  informedAt: number | null;
  informedHow: string;
  customerReaction: string;
  returnVisitDueAt: number | null;
  returnVisitedAt: number | null;
  returnVisitResult: string;
  satisfaction: Satisfaction | null;
  noReturnVisitReason: string | null;
  closedAt: number | null;
  reopenCount: number;
  visitId: string | null;
  /** The serial of the visit or call it came from, shown as a link back to it. */
  visitSerial: string | null;
  callId: string | null;
  callSerial: string | null;
  clerkId: string;
  clerkName: string;
}

export interface ComplaintDetail extends ComplaintView {
  events: ComplaintEventView[];
}

export interface ComplaintAttention {
  dueSoon: number;
  overdue: number;
  open: number;
}

export interface ComplaintPrefill {
  channel: ComplaintChannel;
  customerName: string;
  phone: string;
  reason: string;
  receivedAt: number;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface ComplaintStats {
  from: number;
  to: number;
  received: number;
  notAccepted: number;
  /** Calendar days in the range (site time zone), for the average per day. */
  days: number;
  perDay: CountRow[];
  resolved: number;
  /** resolved / accepted (received minus not accepted), 0..1; 0 when nothing was accepted. */
  resolutionRate: number;
  withinDeadline: number;
  averageHandlingMs: number;
  byType: CountRow[];
  byDepartment: CountRow[];
  byCause: CountRow[];
  byOutcome: CountRow[];
  compensationFen: number;
  bySatisfaction: CountRow[];
}

export interface CalendarDayView {
  day: string;
  /** Sent back with a change: 0 while the desk has not recorded the day; a change based on an older one is refused. */
  version: number;
  work: boolean;
  note: string;
  source: 'package' | 'desk';
}

export interface PendingComplaintCall {
  id: string;
  serialNo: string;
  startedAt: number;
  callerName: string;
  phone: string;
  summary: string;
}
