import type { returnRequests } from '../../../db/schema';
import {
  checkReturnPolicy,
  type RegisterReturnParsed,
  type ReturnPolicyVerdict,
  type ReturnView,
  refundsCustomer,
} from '../../../shared/contract/returns';
import { hasRole } from '../../../shared/contract/roles';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { auditPrint } from '../print-record';
import { getPolicy, getSite } from '../settings';
import type { SearchIndexer } from '../sync/module-sync';
import { dayjs, siteDate } from '../time';
import { write } from '../write';
import { getReturn } from './return-queries';

type ReturnRow = typeof returnRequests.$inferSelect;

export const RETURN_SERIAL_PREFIX = 'TH';

type PolicyInput = Pick<
  RegisterReturnParsed,
  'kind' | 'purchaseDate' | 'qualityProblem' | 'hasReceipt' | 'receiptMatches' | 'packagingUnopened' | 'pastShelfLife'
>;

/** Whole calendar days from the purchase day to today in the site's time zone; a future purchase is refused. */
function daysSincePurchase(ctx: ServiceContext, purchaseDate: string): number {
  const today = siteDate(ctx.clock.now(), getSite(ctx).timeZone);
  const days = dayjs.utc(today).diff(dayjs.utc(purchaseDate), 'day');
  if (days < 0) throw refuse('errors.futureDate', 'purchaseDate');
  return days;
}

/** The verdict with the site's current policy numbers (Settings → policy). */
export function checkReturn(ctx: ServiceContext, input: PolicyInput): ReturnPolicyVerdict {
  const policy = getPolicy(ctx);
  return checkReturnPolicy(
    {
      ...input,
      receiptMatches: input.hasReceipt && input.receiptMatches,
      daysSincePurchase: daysSincePurchase(ctx, input.purchaseDate),
    },
    { returnDays: policy.returnDays, exchangeDays: policy.exchangeDays },
  );
}

export type RegisterInput = Omit<RegisterReturnParsed, 'amountYuan' | 'newAmountYuan'> & {
  amountFen: number;
  newAmountFen: number | null;
};

export function toRegisterInput(parsed: RegisterReturnParsed): RegisterInput {
  const { amountYuan, newAmountYuan, ...rest } = parsed;
  return { ...rest, amountFen: amountYuan, newAmountFen: newAmountYuan === '' ? null : newAmountYuan };
}

export function indexReturn(tx: SearchIndexer, row: ReturnRow): void {
  tx.index({
    module: 'returns',
    entityId: row.id,
    title: row.customerName,
    subtitle: `${row.serialNo} · ${row.product}`,
    text: [row.serialNo, row.receiptNo, row.product, row.newProduct, row.reason].filter(Boolean).join(' '),
    names: [row.customerName],
    phones: row.phone ? [row.phone] : [],
    at: row.createdAt,
    voided: row.voidedAt !== null,
  });
}

/**
 * 退换货登记. Outside the policy it needs a supervisor's PIN and a reason; the PIN is checked before the write so
 * that a wrong one still counts toward the lockout.
 */
export function registerReturn(ctx: ServiceContext, actor: Actor, input: RegisterInput): ReturnView {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0)
    throw refuse('errors.amountPositive', 'amountYuan');
  if (input.kind === 'return' && (input.newProduct || input.newAmountFen !== null))
    throw refuse('errors.newProductOnlyForExchange', 'newProduct');
  if (input.newProduct && input.newAmountFen === null) throw refuse('errors.newAmountRequired', 'newAmountYuan');
  const receiptNo = input.receiptNo.trim();
  if (input.hasReceipt && !receiptNo) throw refuse('errors.returnReceiptNoRequired', 'receiptNo');
  const refunded = refundsCustomer(input.kind, input.amountFen, input.newAmountFen);
  if (refunded && input.refundMethod === null) throw refuse('errors.refundMethodRequired', 'refundMethod');
  if (!refunded && input.refundMethod !== null) throw refuse('errors.refundMethodNotApplicable', 'refundMethod');
  const shop = ctx.sqlite.prepare('select active from shops where id = ?').get(input.shopId) as
    | { active: number }
    | undefined;
  if (!shop?.active) throw refuse('errors.shopUnknown', 'shopId');
  const verdict = checkReturn(ctx, input);
  if (input.approval && input.requestApproval) throw refuse('errors.approvalOrRequest', 'requestApproval');
  let approverId: string | null = null;
  const pending = !verdict.meetsPolicy && !input.approval && input.requestApproval !== null;
  if (pending && !input.requestApproval?.reason.trim()) throw refuse('errors.required', 'requestApproval.reason');
  if (!verdict.meetsPolicy && !pending) {
    if (!input.approval)
      throw refuse('errors.policyExceptionNeedsApproval', 'approval', { count: verdict.reasons.length });
    approverId = approveWithPin(
      ctx,
      actor,
      { clerkId: input.approval.approverId, pin: input.approval.pin },
      'supervisor',
    ).id;
  }
  const id = write(ctx, actor, (tx) => {
    const { approval, requestApproval, amountFen, newAmountFen, ...fields } = input;
    const row = tx.insert('returnRequests', {
      id: newId(),
      serialNo: tx.serial(RETURN_SERIAL_PREFIX),
      ...fields,
      receiptNo,
      receiptMatches: fields.hasReceipt && fields.receiptMatches,
      amountFen,
      meetsPolicy: verdict.meetsPolicy,
      policyReasons: verdict.reasons,
      exceptionApprovedBy: approverId,
      exceptionReason: approverId
        ? (approval?.reason ?? null)
        : pending
          ? (requestApproval?.reason.trim() ?? null)
          : null,
      approvalStatus: pending ? 'pending' : 'none',
      decidedBy: approverId,
      decidedAt: approverId ? tx.now : null,
      decisionNote: null,
      newAmountFen,
      priceDifferenceFen: newAmountFen === null ? 0 : newAmountFen - amountFen,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
    });
    indexReturn(tx, row);
    return row.id;
  });
  return getReturn(ctx, id);
}

/**
 * 审批: a supervisor decides a return that was sent for approval, with their PIN (checked before the write, so a
 * wrong one counts toward the lockout). A rejection needs a reason for the customer; a decided return stays decided.
 */
export function decideReturn(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; decision: 'approve' | 'reject'; note: string; approval: { approverId: string; pin: string } },
): ReturnView {
  const note = input.note.trim();
  if (input.decision === 'reject' && !note) throw refuse('errors.rejectionNeedsReason', 'note');
  const current = getReturn(ctx, input.id);
  if (current.voidedAt !== null) throw refuse('errors.alreadyVoided');
  if (current.approvalStatus !== 'pending') throw refuse('errors.returnNotPending');
  const approver = approveWithPin(
    ctx,
    actor,
    { clerkId: input.approval.approverId, pin: input.approval.pin },
    'supervisor',
  );
  write(ctx, actor, (tx) => {
    // Re-read inside the transaction: another counter may have decided it a moment ago.
    if (getReturn(ctx, input.id).approvalStatus !== 'pending') throw refuse('errors.returnNotPending');
    const approved = input.decision === 'approve';
    tx.update(
      'returnRequests',
      input.id,
      {
        approvalStatus: approved ? 'approved' : 'rejected',
        exceptionApprovedBy: approved ? approver.id : null,
        decidedBy: approver.id,
        decidedAt: tx.now,
        decisionNote: note || null,
        updatedAt: tx.now,
      },
      { note: approved ? 'approved' : `rejected: ${note}` },
    );
  });
  return getReturn(ctx, input.id);
}

export function voidReturn(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): ReturnView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const current = getReturn(ctx, input.id);
    if (current.voidedAt !== null) throw refuse('errors.alreadyVoided');
    const { after } = tx.update(
      'returnRequests',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    indexReturn(tx, after);
  });
  return getReturn(ctx, input.id);
}

/** A 退换货单 printed for the customer's signature; the second print of one is a reprint (补打). */
export function returnPrinted(ctx: ServiceContext, actor: Actor, id: string): { reprint: boolean } {
  return auditPrint(ctx, actor, 'returnRequests', id, getReturn(ctx, id).serialNo);
}
