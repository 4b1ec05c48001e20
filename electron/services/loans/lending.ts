import type { z } from 'zod';
import type { loans } from '../../../db/schema';
import {
  LOANS_SERIAL_PREFIX,
  type LoanView,
  type lendInput,
  overdueFeeFen,
  type returnInput,
} from '../../../shared/contract/loans';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { auditPrint } from '../print-record';
import { protectIdNumber } from '../reception/id-documents';
import { nextClosingTime } from '../storage/settings';
import type { SearchIndexer } from '../sync/module-sync';
import { write } from '../write';
import { getKind, getLoanItem } from './catalogue';
import { getLoan } from './queries';

type LoanRow = typeof loans.$inferSelect;
const DAY_MS = 24 * 3600 * 1000;
const PAST_TOLERANCE_MS = 5 * 60 * 1000;

export function indexLoan(tx: SearchIndexer, row: LoanRow, itemCode: string, kindName: string): void {
  tx.index({
    module: 'loans',
    entityId: row.id,
    title: row.borrowerName,
    subtitle: `${row.serialNo} · ${kindName} ${itemCode}`,
    text: [row.serialNo, itemCode, kindName].join(' '),
    names: [row.borrowerName],
    phones: [row.phone],
    at: row.lentAt,
    voided: row.voidedAt !== null,
  });
}

/** 借出: the item must be at the desk; the deposit is the kind's, or an ID is recorded masked instead. */
export function lend(ctx: ServiceContext, actor: Actor, input: z.output<typeof lendInput>): LoanView {
  const item = getLoanItem(ctx, input.itemId);
  if (!item.active) throw refuse('errors.loanItemInactive', 'itemId');
  const kind = getKind(ctx, item.kindId);
  const now = ctx.clock.now();
  const dueAt = input.dueAt ?? (kind.loanDays === 0 ? nextClosingTime(ctx, now) : now + kind.loanDays * DAY_MS);
  if (dueAt < now - PAST_TOLERANCE_MS) throw refuse('errors.loanDueInPast', 'dueAt');
  const byId = input.guarantee === 'id';
  if (byId && !input.idNumber) throw refuse('errors.loanIdRequired', 'idNumber');
  const { idMasked, idHash } = byId ? protectIdNumber(ctx, input.idNumber) : { idMasked: '', idHash: null };
  const id = write(ctx, actor, (tx) => {
    // Read again inside the transaction: another counter may have lent it a moment ago.
    const current = getLoanItem(ctx, input.itemId);
    if (current.outSerial) throw refuse('errors.loanItemOut', 'itemId', { serialNo: current.outSerial });
    const row = tx.insert('loans', {
      id: newId(),
      serialNo: tx.serial(LOANS_SERIAL_PREFIX),
      itemId: item.id,
      borrowerName: input.borrowerName,
      phone: input.phone,
      guarantee: input.guarantee,
      depositFen: byId ? 0 : kind.depositFen,
      idType: byId ? input.idType : null,
      idMasked,
      idHash,
      lentAt: tx.now,
      dueAt,
      status: 'out',
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    indexLoan(tx, row, item.code, kind.name);
    return row.id;
  });
  return getLoan(ctx, id);
}

function assertOut(loan: LoanView): void {
  if (loan.voidedAt !== null) throw refuse('errors.loanVoided');
  if (loan.status !== 'out') throw refuse('errors.loanClosed');
}

/**
 * 归还: the deposit comes back minus the overdue fee; lost or damaged, the deposit is kept (all, or what the clerk
 * still refunds) with a reason. Without a deposit the fee is paid in cash.
 */
// The version the change was based on is checked by its channel (dispatcher and writer), not here.
export function returnLoan(
  ctx: ServiceContext,
  actor: Actor,
  input: Omit<z.output<typeof returnInput>, 'version'>,
): LoanView {
  const before = getLoan(ctx, input.id);
  assertOut(before);
  if (input.outcome === 'kept' && !input.reason) throw refuse('errors.loanKeptReason', 'reason');
  if (input.outcome === 'kept' && input.refund > before.depositFen)
    throw refuse('errors.loanRefundAboveDeposit', 'refund', { deposit: before.depositFen });
  write(ctx, actor, (tx) => {
    const loan = getLoan(ctx, input.id);
    assertOut(loan);
    const fee = overdueFeeFen(loan.dueAt, tx.now, loan.overdueFeePerDayFen, loan.depositFen);
    const kept = input.outcome === 'kept';
    // A fee is capped at the deposit, so it comes out of it; against an ID there is no deposit to refund from and the
    // fee is paid in cash (the handover counts it so), which must not block taking the item back.
    const refund = kept ? input.refund : loan.depositFen > 0 ? loan.depositFen - fee : 0;
    const { after } = tx.update(
      'loans',
      loan.id,
      {
        status: input.outcome,
        returnedAt: tx.now,
        feeFen: kept ? 0 : fee,
        refundFen: refund,
        keptReason: kept ? input.reason : null,
        returnClerkId: actor.clerkId,
        returnShiftId: actor.shiftId,
      },
      { action: 'status', note: input.outcome },
    );
    indexLoan(tx, after, loan.itemCode, loan.kindName);
  });
  return getLoan(ctx, input.id);
}

export function voidLoan(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): LoanView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const loan = getLoan(ctx, input.id);
    assertOut(loan);
    const { after } = tx.update(
      'loans',
      loan.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    indexLoan(tx, after, loan.itemCode, loan.kindName);
  });
  return getLoan(ctx, input.id);
}

export function recordLoanPrint(ctx: ServiceContext, actor: Actor, id: string): { reprint: boolean } {
  const loan = getLoan(ctx, id);
  return auditPrint(ctx, actor, 'loans', id, loan.serialNo);
}
