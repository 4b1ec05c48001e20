import type { IdDocumentType } from './id-documents';
import type { LoanGuarantee, LoanState, LoanStatus } from './loans-fields';

/** What the loan channels return; plain types, kept apart from the input schemas. */

export interface LoanKindView {
  id: string;
  name: string;
  depositFen: number;
  loanDays: number;
  overdueFeePerDayFen: number;
  active: boolean;
  items: number;
}

export interface LoanItemView {
  id: string;
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
