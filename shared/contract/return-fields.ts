/** Value lists of returns and exchanges (退换货), kept apart so the schema, the contract and the labels agree. */
export const returnKindValues = ['return', 'exchange'] as const;
export const returnApprovalStatusValues = ['none', 'pending', 'approved', 'rejected'] as const;
/** 退款方式: back the way the customer paid (原路退回), or cash at the desk (现金). */
export const refundMethodValues = ['original', 'cash'] as const;
/** Who pays an exchange's price difference: the customer pays more (顾客补) or the customer is refunded (退顾客). */
export const differencePayerValues = ['customer', 'desk'] as const;

export const returnsValueLists = {
  kind: returnKindValues,
  approvalStatus: returnApprovalStatusValues,
  refundMethod: refundMethodValues,
  differencePayer: differencePayerValues,
};

export type ReturnKind = (typeof returnKindValues)[number];
export type ReturnApprovalStatus = (typeof returnApprovalStatusValues)[number];
export type RefundMethod = (typeof refundMethodValues)[number];
export type DifferencePayer = (typeof differencePayerValues)[number];
