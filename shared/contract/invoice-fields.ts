/** Plain value lists of the invoices module, kept apart so the schema and the contract agree without importing db/. */
export const invoiceKindValues = ['vat_ordinary', 'vat_special'] as const;
export const invoiceMediumValues = ['paper', 'electronic'] as const;
export const buyerTypeValues = ['person', 'organisation'] as const;
export const invoiceStatusValues = ['requested', 'issued', 'delivered', 'voided'] as const;
export const deliveryMethodValues = ['handed', 'emailed'] as const;

/** Returns and exchanges. */
export const returnKindValues = ['return', 'exchange'] as const;
export const returnApprovalStatusValues = ['none', 'pending', 'approved', 'rejected'] as const;
