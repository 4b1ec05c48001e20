import type { Sqlite } from '../../../db/open';
import { SqlWhere } from '../../../db/sql';
import type {
  InvoiceCursor,
  InvoicePage,
  InvoiceStatus,
  InvoiceView,
  RememberedBuyer,
} from '../../../shared/contract/invoices';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { foldedContains } from '../text-filter';

/** The columns every invoice read returns, with shop and clerk names joined in. */
const SELECT_INVOICE = `select r.id, r.version, r.serial_no as serialNo, r.shop_id as shopId, s.name as shopName,
  r.purchase_date as purchaseDate, r.amount_fen as amountFen, r.kind, r.medium, r.buyer_type as buyerType,
  r.title, r.taxpayer_id as taxpayerId, r.email, r.address, r.phone, r.bank, r.account, r.notes, r.status,
  r.invoice_code as invoiceCode, r.invoice_no as invoiceNo, r.issued_at as issuedAt, r.delivered_at as deliveredAt,
  r.delivery_method as deliveryMethod, r.clerk_id as clerkId, c.name as clerkName, r.created_at as createdAt,
  r.voided_at as voidedAt, r.void_reason as voidReason,
  (select group_concat(receipt_no, char(10)) from (select receipt_no from invoice_receipts
     where request_id = r.id order by receipt_no)) as receiptList
  from invoice_requests r join shops s on s.id = r.shop_id join clerks c on c.id = r.clerk_id`;

type RawInvoice = Omit<InvoiceView, 'receiptNos'> & { receiptList: string | null };

function toView(raw: RawInvoice): InvoiceView {
  const { receiptList, ...rest } = raw;
  return { ...rest, receiptNos: receiptList ? receiptList.split('\n') : [] };
}

const SQL = {
  byId: `${SELECT_INVOICE} where r.id = ?`,
  byIds: `${SELECT_INVOICE} where r.id in ${ID_IN_JSON}`,
  liveReceipt: `select r.serial_no as serialNo, r.created_at as createdAt from invoice_receipts x
       join invoice_requests r on r.id = x.request_id where x.receipt_no = ? and x.voided_at is null`,
  openCount: `select count(*) from invoice_requests where status = 'requested'`,
  openRows: `${SELECT_INVOICE} where r.status = 'requested' order by r.created_at limit 500`,
  // Newest use of each buyer first; the taxpayer ID (or the title for a person) identifies the buyer.
  buyers: `select buyer_type as buyerType, title, taxpayer_id as taxpayerId, email, address, phone, bank, account,
         max(created_at) as lastUsedAt
       from invoice_requests
       where status <> 'voided' and ${foldedContains(['title', 'taxpayer_id'])}
       group by case when taxpayer_id <> '' then taxpayer_id else title end
       order by lastUsedAt desc limit 10`,
} as const;

/** Statements come from the connection's one statement cache (db/statement-cache.ts), keyed by their SQL text. */
function statement(sqlite: Sqlite, name: keyof typeof SQL) {
  return sqlite.prepare(SQL[name]);
}

export function getInvoice(ctx: ServiceContext, id: string): InvoiceView {
  const raw = statement(ctx.sqlite, 'byId').get(id) as RawInvoice | undefined;
  if (!raw) throw notFound();
  return toView(raw);
}

/** The requests of these ids that exist, in one read (search hits' states). */
export function getInvoices(ctx: ServiceContext, ids: readonly string[]): InvoiceView[] {
  return (statement(ctx.sqlite, 'byIds').all(JSON.stringify(ids)) as RawInvoice[]).map(toView);
}

/** The request that holds this receipt number now (not voided), if any. */
export function liveRequestForReceipt(
  ctx: ServiceContext,
  receiptNo: string,
): { serialNo: string; createdAt: number } | undefined {
  return statement(ctx.sqlite, 'liveReceipt').get(receiptNo) as { serialNo: string; createdAt: number } | undefined;
}

/** Requests not yet issued: the header badge and the shift handover read this. */
export function openInvoiceCount(ctx: ServiceContext): number {
  return statement(ctx.sqlite, 'openCount').pluck().get() as number;
}

export function openInvoices(ctx: ServiceContext): InvoiceView[] {
  return (statement(ctx.sqlite, 'openRows').all() as RawInvoice[]).map(toView);
}

export function rememberedBuyers(ctx: ServiceContext, text: string): RememberedBuyer[] {
  if (!text.trim()) return [];
  return statement(ctx.sqlite, 'buyers').all({ text: text.trim() }) as RememberedBuyer[];
}

export interface InvoiceFilter {
  from: number | null;
  to: number | null;
  status: InvoiceStatus | null;
  shopId: string | null;
  text: string;
  cursor: InvoiceCursor | null;
  limit: number;
}

/** Newest first, keyset-paged on (created_at, id) like the other modules' lists. */
export function listInvoices(ctx: ServiceContext, filter: InvoiceFilter): InvoicePage {
  const where = new SqlWhere();
  where.filter('r.created_at >= @from', 'from', filter.from);
  where.filter('r.created_at < @to', 'to', filter.to);
  where.filter('r.status = @status', 'status', filter.status);
  where.filter('r.shop_id = @shopId', 'shopId', filter.shopId);
  where.filter(
    `(${foldedContains(['r.title', 'r.serial_no', 'r.taxpayer_id'], { id: 'r.id', names: ['r.title'] })}
      or exists (select 1 from invoice_receipts x where x.request_id = r.id and ${foldedContains(['x.receipt_no'])}))`,
    'text',
    filter.text,
  );
  if (filter.cursor) {
    where.always('r.created_at <= @cursorAt and (r.created_at < @cursorAt or r.id < @cursorId)', {
      cursorAt: filter.cursor.createdAt,
      cursorId: filter.cursor.id,
    });
  }
  const sql = `${SELECT_INVOICE} ${where}
    order by r.created_at desc, r.id desc limit ${filter.limit + 1}`;
  const raws = ctx.sqlite.prepare(sql).all(where.params) as RawInvoice[];
  const rows = raws.slice(0, filter.limit).map(toView);
  const last = rows[rows.length - 1];
  const nextCursor = raws.length > filter.limit && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { rows, nextCursor };
}

/** Every request created in [from, to), oldest first, for totals and the export. */
export function invoicesInRange(ctx: ServiceContext, from: number, to: number): InvoiceView[] {
  const raws = ctx.sqlite
    .prepare(`${SELECT_INVOICE} where r.created_at >= ? and r.created_at < ? order by r.created_at, r.id`)
    .all(from, to) as RawInvoice[];
  return raws.map(toView);
}
