import type {
  BuyerType,
  DeliveryMethod,
  InvoiceCursor,
  InvoiceKind,
  InvoiceMedium,
  InvoiceStatus,
} from './invoice-fields';

/** One invoice request as the screens show it (taxpayer ID and account in full; lists mask them). */
export interface InvoiceView {
  id: string;
  /** Sent back with issuing, delivery or a void: one based on an older version is refused. */
  version: number;
  serialNo: string;
  receiptNos: string[];
  shopId: string;
  shopName: string;
  purchaseDate: string;
  amountFen: number;
  kind: InvoiceKind;
  medium: InvoiceMedium;
  buyerType: BuyerType;
  title: string;
  taxpayerId: string;
  email: string;
  address: string;
  phone: string;
  bank: string;
  account: string;
  notes: string;
  status: InvoiceStatus;
  invoiceCode: string | null;
  invoiceNo: string | null;
  issuedAt: number | null;
  deliveredAt: number | null;
  deliveryMethod: DeliveryMethod | null;
  clerkId: string;
  clerkName: string;
  createdAt: number;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface InvoicePage {
  rows: InvoiceView[];
  nextCursor: InvoiceCursor | null;
}

/** A buyer used before: typing a title or taxpayer ID offers it and fills the rest. */
export interface RememberedBuyer {
  buyerType: BuyerType;
  title: string;
  taxpayerId: string;
  email: string;
  address: string;
  phone: string;
  bank: string;
  account: string;
  lastUsedAt: number;
}

export interface InvoiceTotalRow {
  day: string;
  shopId: string;
  shopName: string;
  kind: InvoiceKind;
  medium: InvoiceMedium;
  count: number;
  amountFen: number;
}

/** Totals per site day, shop and invoice kind of requests not voided, with the grand total. */
export interface InvoiceDailyTotals {
  rows: InvoiceTotalRow[];
  count: number;
  amountFen: number;
}

/** An .xlsx file made in main: the renderer downloads it through a Blob. */
export interface InvoiceExport {
  fileName: string;
  base64: string;
  rowCount: number;
}
