import { type RequestInvoiceInput, requestInvoiceInput, splitReceiptNos } from '../../../../shared/contract/invoices';

/** The form holds text as typed; the contract's schema turns it into the request. */
export interface InvoiceFormValues {
  receiptNos: string;
  shopId: string;
  purchaseDate: string;
  amountYuan: string;
  kind: 'vat_ordinary' | 'vat_special';
  medium: 'paper' | 'electronic';
  buyerType: 'person' | 'organisation';
  title: string;
  taxpayerId: string;
  email: string;
  address: string;
  phone: string;
  bank: string;
  account: string;
  notes: string;
}

export function emptyInvoiceForm(today: string): InvoiceFormValues {
  return {
    receiptNos: '',
    shopId: '',
    purchaseDate: today,
    amountYuan: '',
    kind: 'vat_ordinary',
    medium: 'electronic',
    buyerType: 'organisation',
    title: '',
    taxpayerId: '',
    email: '',
    address: '',
    phone: '',
    bank: '',
    account: '',
    notes: '',
  };
}

/** Which buyer fields apply: address and bank only to a special invoice, a phone to it or to electronic delivery. */
export function buyerFieldsShown(values: Pick<InvoiceFormValues, 'kind' | 'medium'>) {
  const special = values.kind === 'vat_special';
  return { address: special, bank: special, account: special, phone: special || values.medium === 'electronic' };
}

/** Fields the form does not show (a remembered buyer may have filled them) are not sent. */
export function toRequestInput(values: InvoiceFormValues): RequestInvoiceInput {
  const shown = buyerFieldsShown(values);
  return {
    ...values,
    receiptNos: splitReceiptNos(values.receiptNos),
    address: shown.address ? values.address : '',
    bank: shown.bank ? values.bank : '',
    account: shown.account ? values.account : '',
    phone: shown.phone ? values.phone : '',
  };
}

/** Field errors keyed by form field ("receiptNos.1" belongs to the one receipt field). */
export function formErrors(source: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, key] of Object.entries(source)) {
    const field = path.split('.')[0] ?? path;
    out[field] ??= key;
  }
  return out;
}

export function validateInvoiceForm(values: InvoiceFormValues): Record<string, string> {
  const result = requestInvoiceInput.safeParse(toRequestInput(values));
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return formErrors(errors);
}
