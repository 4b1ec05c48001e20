import { z } from 'zod';
import { idSchema } from './fields';

/** Value lists of the invoices module, kept apart so the schema, the contract and the labels agree. */
export const invoiceKindValues = ['vat_ordinary', 'vat_special'] as const;
export const invoiceMediumValues = ['paper', 'electronic'] as const;
export const buyerTypeValues = ['person', 'organisation'] as const;
export const invoiceStatusValues = ['requested', 'issued', 'delivered', 'voided'] as const;
export const deliveryMethodValues = ['handed', 'emailed'] as const;

export const invoicesValueLists = {
  kind: invoiceKindValues,
  medium: invoiceMediumValues,
  buyerType: buyerTypeValues,
  status: invoiceStatusValues,
  deliveryMethod: deliveryMethodValues,
};

export type InvoiceKind = (typeof invoiceKindValues)[number];
export type InvoiceMedium = (typeof invoiceMediumValues)[number];
export type BuyerType = (typeof buyerTypeValues)[number];
export type InvoiceStatus = (typeof invoiceStatusValues)[number];
export type DeliveryMethod = (typeof deliveryMethodValues)[number];

export const invoiceCursorSchema = z.object({ createdAt: z.number().int(), id: idSchema });
export type InvoiceCursor = z.infer<typeof invoiceCursorSchema>;
