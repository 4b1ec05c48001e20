import type { Satisfaction } from './complaint-fields';
import type {
  RepairCategory,
  RepairCursor,
  RepairEscalation,
  RepairEventKind,
  RepairLocationKind,
  RepairSource,
  RepairStatus,
  RepairUrgency,
} from './repair-fields';

/** One entry of a work order's timeline. */
export interface RepairEventView {
  id: string;
  at: number;
  kind: RepairEventKind;
  fromStatus: RepairStatus | null;
  toStatus: RepairStatus | null;
  text: string;
  clerkName: string;
}

/** One work order as the screens show it; the phone is full here, lists and printouts mask it. */
export interface RepairOrderView {
  id: string;
  version: number;
  serialNo: string;
  reportedAt: number;
  source: RepairSource;
  visitId: string | null;
  visitSerialNo: string | null;
  callId: string | null;
  callSerialNo: string | null;
  locationKind: RepairLocationKind;
  location: string;
  shopId: string | null;
  shopName: string | null;
  category: RepairCategory;
  urgency: RepairUrgency;
  description: string;
  reporterName: string;
  phone: string;
  status: RepairStatus;
  targetArrivalAt: number;
  /** The completion limit; null only on orders moved from visits before it existed. */
  completeByAt: number | null;
  /** Escalated (main's clock): why, or null while within its limits, closed or voided. */
  escalation: RepairEscalation | null;
  /** Escalated: past a limit it has not met (the word and colour of overdue). */
  overdue: boolean;
  teamId: string | null;
  teamName: string | null;
  dispatchedAt: number | null;
  dispatchedByName: string | null;
  arrivedAt: number | null;
  arrivedByName: string | null;
  completedAt: number | null;
  completedByName: string | null;
  /** When the return visit falls due after completion. */
  followUpDueAt: number | null;
  /** Completed, not yet visited, and its return visit due (main's clock): the desk is reminded. */
  followUpDue: boolean;
  workDone: string;
  materials: string;
  feeFen: number;
  customerConfirmed: boolean | null;
  followedUpAt: number | null;
  followedUpByName: string | null;
  satisfaction: Satisfaction | null;
  followUpNote: string;
  reopenCount: number;
  closedAt: number | null;
  closedByName: string | null;
  clerkId: string;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface RepairOrderDetail extends RepairOrderView {
  events: RepairEventView[];
}

export interface RepairPage {
  rows: RepairOrderView[];
  nextCursor: RepairCursor | null;
}

/** Open orders, escalated ones and those due for a return visit: the header badges read this. */
export interface RepairCounts {
  open: number;
  overdue: number;
  followUpDue: number;
}

export interface RepairTeamView {
  id: string;
  name: string;
  phone: string;
  active: boolean;
  /** Orders of this team not yet closed. */
  openOrders: number;
}
