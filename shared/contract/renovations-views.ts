import type { RenovationCursor, RenovationResult, RenovationStatus } from './renovations-fields';

/** One renovation permit as the screens show it; the phones full here, lists and printouts mask them. */
export interface RenovationView {
  id: string;
  version: number;
  serialNo: string;
  appliedAt: number;
  unit: string;
  ownerName: string;
  ownerPhone: string;
  contractor: string;
  foreman: string;
  foremanPhone: string;
  work: string;
  startDate: string;
  endDate: string;
  depositFen: number;
  feeFen: number;
  /** The checklist's documents seen with the application or at approval. */
  documents: string[];
  status: RenovationStatus;
  /** Works under way after their last day (main's clock, the site's day). */
  overdue: boolean;
  approvedAt: number | null;
  approvedByName: string | null;
  approvalNote: string;
  inspectedAt: number | null;
  inspectedByName: string | null;
  inspections: number;
  lastResult: RenovationResult | null;
  defects: string;
  refundedAt: number | null;
  refundedByName: string | null;
  refundFen: number;
  deductionReason: string;
  /** Worker passes issued under this permit, and those of them still out. */
  passes: number;
  passesOut: number;
  clerkId: string;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface RenovationPage {
  rows: RenovationView[];
  nextCursor: RenovationCursor | null;
}

export interface RenovationCounts {
  /** Applications waiting for a lead's approval. */
  pending: number;
  /** Works under way past their last day. */
  overdue: number;
}

export interface RenovationSettings {
  documents: string[];
}
