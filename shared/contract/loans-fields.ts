import { idDocumentTypeValues } from './id-documents';

/** Value lists of loans with deposit (便民借用), kept apart so the schema, the contract and the labels agree. */
export const LOANS_SERIAL_PREFIX = 'JY';
/** What the borrower leaves: a cash deposit, or an identity document recorded (masked) instead. */
export const loanGuaranteeValues = ['deposit', 'id'] as const;
export const loanStatusValues = ['out', 'returned', 'kept'] as const;
/** What the clerk sees: out, overdue past the due time, returned, kept (lost or damaged), voided. */
export const loanStateValues = ['out', 'overdue', 'returned', 'kept', 'voided'] as const;
export const loanFilterValues = ['out', 'overdue', 'closed', 'all'] as const;
export const loanIdTypeValues = idDocumentTypeValues;

export const loansValueLists = {
  guarantee: loanGuaranteeValues,
  status: loanStatusValues,
  state: loanStateValues,
  filter: loanFilterValues,
  idType: loanIdTypeValues,
};

export type LoanGuarantee = (typeof loanGuaranteeValues)[number];
export type LoanStatus = (typeof loanStatusValues)[number];
export type LoanState = (typeof loanStateValues)[number];
export type LoanFilter = (typeof loanFilterValues)[number];

const DAY_MS = 24 * 3600 * 1000;

/**
 * The overdue fee: every started day past the due time costs the kind's daily fee, and never more than the deposit
 * when there is one (the deposit is all the desk holds).
 */
export function overdueFeeFen(dueAt: number, returnedAt: number, perDayFen: number, depositFen: number): number {
  if (returnedAt <= dueAt) return 0;
  const fee = Math.ceil((returnedAt - dueAt) / DAY_MS) * perDayFen;
  return depositFen > 0 ? Math.min(fee, depositFen) : fee;
}
