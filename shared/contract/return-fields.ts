/** Value lists of returns and exchanges (退换货), kept apart so the schema, the contract and the labels agree. */
export const returnKindValues = ['return', 'exchange'] as const;
export const returnApprovalStatusValues = ['none', 'pending', 'approved', 'rejected'] as const;

export const returnsValueLists = {
  kind: returnKindValues,
  approvalStatus: returnApprovalStatusValues,
};

export type ReturnKind = (typeof returnKindValues)[number];
export type ReturnApprovalStatus = (typeof returnApprovalStatusValues)[number];
