import type { InvoiceMedium } from './invoice-fields';

/**
 * The numbers a tax system prints on an invoice, by medium. A fully digitalised e-invoice (数电票, nationwide since
 * December 2024) has a 20-digit number and no invoice code; a paper invoice keeps its 10- or 12-digit 发票代码 and an
 * 8-digit 发票号码. Requests issued before the rule (older electronic invoices with a code) stay as they were.
 */
export const DIGITAL_INVOICE_NO = /^\d{20}$/;
export const PAPER_INVOICE_CODE = /^(?:\d{10}|\d{12})$/;
export const PAPER_INVOICE_NO = /^\d{8}$/;

export type InvoiceNumberProblem = { field: 'invoiceCode' | 'invoiceNo'; messageKey: string };

/** Why these numbers cannot be recorded for an invoice of this medium, or null when they can. */
export function invoiceNumberProblem(
  medium: InvoiceMedium,
  invoiceCode: string,
  invoiceNo: string,
): InvoiceNumberProblem | null {
  const code = invoiceCode.trim();
  const no = invoiceNo.trim();
  if (medium === 'electronic') {
    if (code !== '') return { field: 'invoiceCode', messageKey: 'errors.digitalInvoiceHasNoCode' };
    if (!DIGITAL_INVOICE_NO.test(no)) return { field: 'invoiceNo', messageKey: 'errors.digitalInvoiceNoFormat' };
    return null;
  }
  if (!PAPER_INVOICE_CODE.test(code)) return { field: 'invoiceCode', messageKey: 'errors.invoiceCodeFormat' };
  if (!PAPER_INVOICE_NO.test(no)) return { field: 'invoiceNo', messageKey: 'errors.paperInvoiceNoFormat' };
  return null;
}
