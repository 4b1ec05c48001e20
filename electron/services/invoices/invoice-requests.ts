import type { invoiceRequests } from '../../../db/schema';
import { creditCodeMessageKeys, creditCodeProblem } from '../../../shared/contract/credit-code';
import {
  type DeliveryMethod,
  type InvoiceView,
  invoiceNumberProblem,
  type RequestInvoiceParsed,
  SPECIAL_ONLY_FIELDS,
} from '../../../shared/contract/invoices';
import { normalisePhone } from '../../../shared/contract/phone';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { getSite } from '../settings';
import type { SearchIndexer } from '../sync/module-sync';
import { dayjs, siteDate } from '../time';
import { write } from '../write';
import { getInvoice, liveRequestForReceipt, openInvoices } from './invoice-queries';

type RequestRow = typeof invoiceRequests.$inferSelect;

export const INVOICE_SERIAL_PREFIX = 'FP';

export type RequestInput = Omit<RequestInvoiceParsed, 'amountYuan'> & { amountFen: number };

function siteToday(ctx: ServiceContext, now: number): string {
  return siteDate(now, getSite(ctx).timeZone);
}

/** The rules the contract also checks, again here: a service must never trust its caller. */
function checkRequest(ctx: ServiceContext, input: RequestInput, now: number): void {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0)
    throw refuse('errors.amountPositive', 'amountYuan');
  if (input.buyerType === 'organisation' && !input.taxpayerId) throw refuse('errors.taxpayerIdRequired', 'taxpayerId');
  if (input.taxpayerId) {
    const problem = creditCodeProblem(input.taxpayerId);
    if (problem) throw refuse(creditCodeMessageKeys[problem], 'taxpayerId');
  }
  if (input.medium === 'electronic' && !input.email) throw refuse('errors.emailRequired', 'email');
  if (input.kind === 'vat_special' && input.buyerType !== 'organisation')
    throw refuse('errors.specialNeedsOrganisation', 'buyerType');
  for (const field of ['address', 'phone', 'bank', 'account'] as const)
    if (input.kind === 'vat_special' && !input[field]) throw refuse('errors.requiredForSpecial', field);
  for (const field of SPECIAL_ONLY_FIELDS)
    if (input.kind !== 'vat_special' && input[field]) throw refuse('errors.onlyForSpecial', field);
  if (input.phone) {
    const phone = normalisePhone(input.phone);
    if (!phone.ok) throw refuse(phone.messageKey, 'phone');
    if (phone.phone !== input.phone) throw refuse('errors.phoneFormat', 'phone');
  }
  if (input.purchaseDate > siteToday(ctx, now)) throw refuse('errors.futureDate', 'purchaseDate');
  const shop = ctx.sqlite.prepare('select active from shops where id = ?').get(input.shopId) as
    | { active: number }
    | undefined;
  if (!shop?.active) throw refuse('errors.shopUnknown', 'shopId');
}

export function indexInvoice(tx: SearchIndexer, row: RequestRow, receiptNos: string[]): void {
  tx.index({
    module: 'invoices',
    entityId: row.id,
    title: row.title,
    subtitle: `${row.serialNo} · ${receiptNos.join(', ')}`,
    text: [row.serialNo, row.taxpayerId, row.invoiceNo ?? '', ...receiptNos].filter(Boolean).join(' '),
    names: [row.title],
    phones: [],
    at: row.createdAt,
    voided: row.voidedAt !== null,
  });
}

/** Parsed contract input (amount already in fen under `amountYuan`) to the service's own shape. */
export function toRequestInput(parsed: RequestInvoiceParsed): RequestInput {
  const { amountYuan, ...rest } = parsed;
  return { ...rest, amountFen: amountYuan };
}

/** 开票申请: refused when any receipt number already belongs to a live request (named with its number and date). */
export function requestInvoice(ctx: ServiceContext, actor: Actor, input: RequestInput): InvoiceView {
  const timeZone = getSite(ctx).timeZone;
  const id = write(ctx, actor, (tx) => {
    checkRequest(ctx, input, tx.now);
    for (const receiptNo of input.receiptNos) {
      const earlier = liveRequestForReceipt(ctx, receiptNo);
      if (earlier)
        throw refuse('errors.receiptAlreadyInvoiced', 'receiptNos', {
          receiptNo,
          serialNo: earlier.serialNo,
          date: dayjs(earlier.createdAt).tz(timeZone).format('YYYY-MM-DD'),
        });
    }
    const { receiptNos, ...fields } = input;
    const row = tx.insert('invoiceRequests', {
      id: newId(),
      serialNo: tx.serial(INVOICE_SERIAL_PREFIX),
      ...fields,
      status: 'requested',
      invoiceCode: null,
      invoiceNo: null,
      issuedAt: null,
      issuedBy: null,
      deliveredAt: null,
      deliveredBy: null,
      deliveryMethod: null,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
    });
    for (const receiptNo of receiptNos)
      tx.insert('invoiceReceipts', {
        id: newId(),
        requestId: row.id,
        receiptNo,
        createdAt: tx.now,
        updatedAt: tx.now,
        voidedAt: null,
      });
    indexInvoice(tx, row, receiptNos);
    return row.id;
  });
  return getInvoice(ctx, id);
}

/**
 * requested → issued, with the numbers the tax system printed: a 数电票 (electronic) its 20-digit number and no code,
 * a paper invoice its 10- or 12-digit code and 8-digit number (invoice-numbers.ts; migration 0027's trigger too).
 */
export function issueInvoice(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; invoiceCode?: string; invoiceNo: string },
): InvoiceView {
  const invoiceCode = (input.invoiceCode ?? '').trim();
  const invoiceNo = input.invoiceNo.trim();
  write(ctx, actor, (tx) => {
    const current = getInvoice(ctx, input.id);
    if (current.status !== 'requested') throw refuse('errors.invoiceTransition', 'status', { status: current.status });
    const problem = invoiceNumberProblem(current.medium, invoiceCode, invoiceNo);
    if (problem) throw refuse(problem.messageKey, problem.field);
    const { after } = tx.update(
      'invoiceRequests',
      input.id,
      {
        status: 'issued',
        invoiceCode: invoiceCode === '' ? null : invoiceCode,
        invoiceNo,
        issuedAt: tx.now,
        issuedBy: actor.clerkId,
      },
      { note: 'issued' },
    );
    indexInvoice(tx, after, current.receiptNos);
  });
  return getInvoice(ctx, input.id);
}

/** issued → delivered: handed over at the counter or e-mailed (an electronic invoice may be either). */
export function deliverInvoice(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; method: DeliveryMethod },
): InvoiceView {
  write(ctx, actor, (tx) => {
    const current = getInvoice(ctx, input.id);
    if (current.status !== 'issued') throw refuse('errors.invoiceTransition', 'status', { status: current.status });
    if (input.method === 'emailed' && !current.email) throw refuse('errors.emailRequired', 'method');
    tx.update(
      'invoiceRequests',
      input.id,
      { status: 'delivered', deliveredAt: tx.now, deliveredBy: actor.clerkId, deliveryMethod: input.method },
      { note: 'delivered' },
    );
  });
  return getInvoice(ctx, input.id);
}

/** 红冲 / void, lead and up: the receipts become free for a new request; the record stays. */
export function voidInvoice(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): InvoiceView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const current = getInvoice(ctx, input.id);
    if (current.status === 'voided') throw refuse('errors.invoiceTransition', 'status', { status: current.status });
    const { after } = tx.update(
      'invoiceRequests',
      input.id,
      { status: 'voided', voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    const receipts = ctx.sqlite
      .prepare('select id from invoice_receipts where request_id = ? and voided_at is null')
      .pluck()
      .all(input.id) as string[];
    for (const receiptId of receipts)
      tx.update('invoiceReceipts', receiptId, { voidedAt: tx.now }, { action: 'void', note: reason });
    indexInvoice(tx, after, current.receiptNos);
  });
  return getInvoice(ctx, input.id);
}

/** For the shift handover: requests taken but not yet issued at `now`, oldest first. */
export function invoicesHandoverSummary(
  ctx: ServiceContext,
  now: number,
): { count: number; amountFen: number; rows: InvoiceView[] } {
  const rows = openInvoices(ctx).filter((r) => r.createdAt <= now);
  return { count: rows.length, amountFen: rows.reduce((sum, r) => sum + r.amountFen, 0), rows };
}
