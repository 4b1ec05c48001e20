import type { IdDocumentType } from './id-documents';
import type { LoanGuarantee, LoanState, LoanStatus } from './loans-fields';

/** What the loan channels return; plain types, kept apart from the input schemas. */

export interface LoanKindView {
  id: string;
  /** Sent back with a change: one based on an older version (another clerk's change since) is refused. */
  version: number;
  name: string;
  depositFen: number;
  loanDays: number;
  overdueFeePerDayFen: number;
  active: boolean;
  items: number;
}

export interface LoanItemView {
  id: string;
  /** Sent back with a change: one based on an older version (another clerk's change since) is refused. */
  version: number;
  code: string;
  kindId: string;
  kindName: string;
  active: boolean;
  note: string;
  /** The loan that has it now; null when it is at the desk. */
  outSerial: string | null;
}

export interface LoanView {
  id: string;
  /** Sent back with a change: one based on an older version (another clerk's change since) is refused. */
  version: number;
  serialNo: string;
  itemId: string;
  itemCode: string;
  kindName: string;
  borrowerName: string;
  phone: string;
  guarantee: LoanGuarantee;
  depositFen: number;
  idType: IdDocumentType | null;
  idMasked: string;
  lentAt: number;
  dueAt: number;
  status: LoanStatus;
  state: LoanState;
  returnedAt: number | null;
  feeFen: number;
  refundFen: number;
  keptReason: string | null;
  /** What a return now would cost, for the return form. */
  feeIfReturnedNow: number;
  overdueFeePerDayFen: number;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface LoansAttention {
  out: number;
  overdue: number;
  depositsHeldFen: number;
}
