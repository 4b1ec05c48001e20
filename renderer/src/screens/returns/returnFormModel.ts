import type { RefundMethod, RegisterReturnInput, ReturnPolicyVerdict } from '../../../../shared/contract/returns';

/** The form holds text and ticks as typed; `toRegisterInput` makes the contract's input. */
export interface ReturnFormValues {
  kind: 'return' | 'exchange';
  customerName: string;
  phone: string;
  product: string;
  specification: string;
  quantity: string;
  shopId: string;
  purchaseDate: string;
  amountYuan: string;
  receiptNo: string;
  /** '' until the clerk picks one; sent only when money goes back to the customer. */
  refundMethod: '' | RefundMethod;
  reason: string;
  qualityProblem: boolean;
  hasReceipt: boolean;
  receiptMatches: boolean;
  packagingUnopened: boolean;
  pastShelfLife: boolean;
  newProduct: string;
  newSpecification: string;
  newAmountYuan: string;
  /** Outside the policy: a supervisor approves now with PIN, or the request is sent for approval. */
  approvalMode: 'now' | 'request';
  approverId: string;
  pin: string;
  exceptionReason: string;
}

export function emptyReturnForm(today: string): ReturnFormValues {
  return {
    kind: 'return',
    customerName: '',
    phone: '',
    product: '',
    specification: '',
    quantity: '1',
    shopId: '',
    purchaseDate: today,
    amountYuan: '',
    receiptNo: '',
    refundMethod: '',
    reason: '',
    // The three checks start unticked: the clerk ticks each after looking at the receipt and the goods.
    qualityProblem: false,
    hasReceipt: false,
    receiptMatches: false,
    packagingUnopened: false,
    pastShelfLife: false,
    newProduct: '',
    newSpecification: '',
    newAmountYuan: '',
    approvalMode: 'now',
    approverId: '',
    pin: '',
    exceptionReason: '',
  };
}

/** `refunded`: money goes back to the customer (a return, or an exchange for a cheaper product). */
export function toRegisterInput(v: ReturnFormValues, needsApproval: boolean, refunded: boolean): RegisterReturnInput {
  const { approvalMode, approverId, pin, exceptionReason, quantity, refundMethod, ...rest } = v;
  const approveNow = needsApproval && approvalMode === 'now';
  const request = needsApproval && approvalMode === 'request';
  const exchange = v.kind === 'exchange';
  return {
    ...rest,
    quantity: /^\d+$/.test(quantity.trim()) ? Number(quantity.trim()) : Number.NaN,
    newProduct: exchange ? v.newProduct : '',
    newSpecification: exchange ? v.newSpecification : '',
    newAmountYuan: exchange ? v.newAmountYuan : '',
    receiptNo: v.hasReceipt ? v.receiptNo : '',
    refundMethod: refunded && refundMethod ? refundMethod : null,
    approval: approveNow ? { approverId, pin, reason: exceptionReason } : null,
    requestApproval: request ? { reason: exceptionReason } : null,
  };
}

/** Errors of the contract mapped to form fields: the approval's live under their own names. */
export function toFormErrors(source: Record<string, string>): Record<string, string> {
  const rename: Record<string, string> = {
    'approval.approverId': 'approverId',
    approverId: 'approverId',
    'approval.pin': 'pin',
    pin: 'pin',
    'approval.reason': 'exceptionReason',
    'requestApproval.reason': 'exceptionReason',
    requestApproval: 'exceptionReason',
    approval: 'approverId',
  };
  const out: Record<string, string> = {};
  for (const [path, key] of Object.entries(source)) out[rename[path] ?? path.split('.')[0] ?? path] ??= key;
  return out;
}

/** The checks behind a verdict's broken rules: each is said at its checkbox when saving without an exception. */
const CHECK_OF_REASON: Record<string, 'hasReceipt' | 'receiptMatches' | 'packagingUnopened'> = {
  'returns.policy.noReceipt': 'hasReceipt',
  'returns.policy.receiptMismatch': 'receiptMatches',
  'returns.policy.openedWithoutQuality': 'packagingUnopened',
};

export function uncheckedChecks(
  verdict: ReturnPolicyVerdict,
): ('hasReceipt' | 'receiptMatches' | 'packagingUnopened')[] {
  return verdict.reasons.flatMap((r) => (CHECK_OF_REASON[r] ? [CHECK_OF_REASON[r]] : []));
}
