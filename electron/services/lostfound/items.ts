import type { z } from 'zod';
import type { lostfoundItems } from '../../../db/schema';
import {
  type claimInput,
  type disposeInput,
  type editItemInput,
  isValuable,
  LOSTFOUND_ITEM_PREFIX,
  type LostfoundItemView,
  type registerItemInput,
} from '../../../shared/contract/lostfound';
import { hasRole } from '../../../shared/contract/roles';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { auditPrint } from '../print-record';
import { protectIdNumber } from '../reception/id-documents';
import type { SearchIndexer } from '../sync/module-sync';
import { type WriteTx, write } from '../write';
import { getItem, getReport } from './queries';
import { keptBefore } from './settings';

type ItemRow = typeof lostfoundItems.$inferSelect;
type RegisterInput = z.output<typeof registerItemInput>;
type ClaimInput = z.output<typeof claimInput>;
type DisposeInput = z.output<typeof disposeInput>;
type EditInput = z.output<typeof editItemInput>;

/** A clerk may note a find a few minutes ahead of the clock; a found time in the future beyond that is a mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export function indexItem(tx: SearchIndexer, row: ItemRow): void {
  tx.index({
    module: 'lostfound',
    entityId: row.id,
    title: row.description.slice(0, 40),
    subtitle: `${row.serialNo} · ${row.foundPlace} · ${row.storagePlace}`,
    tag: row.category,
    text: [row.serialNo, row.description, row.colour, row.brand, row.foundPlace].join(' '),
    names: [row.finderName, row.claimantName ?? ''].filter(Boolean),
    phones: [row.finderPhone, row.claimantPhone ?? ''].filter(Boolean),
    at: row.foundAt,
    voided: row.voidedAt !== null,
  });
}

type NewItem = Omit<RegisterInput, 'cash' | 'foundAt'> & {
  cashFen: number;
  foundAt: number;
  sourceSlipId: string | null;
};

function insertItem(tx: WriteTx, actor: Actor, item: NewItem, note?: string): ItemRow {
  const row = tx.insert(
    'lostfoundItems',
    {
      id: newId(),
      serialNo: tx.serial(LOSTFOUND_ITEM_PREFIX),
      category: item.category,
      description: item.description,
      colour: item.colour,
      brand: item.brand,
      valueClass: item.valueClass,
      valuable: isValuable(item.category, item.valueClass),
      cashFen: item.cashFen,
      foundPlace: item.foundPlace,
      foundAt: item.foundAt,
      finderKind: item.finderKind,
      finderName: item.finderName,
      finderPhone: item.finderPhone,
      storagePlace: item.storagePlace,
      photo: item.photo,
      sourceSlipId: item.sourceSlipId,
      status: 'held',
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    },
    note,
  );
  indexItem(tx, row);
  return row;
}

/** 失物登记: the item goes into custody with a serial; cash is recorded in fen. */
export function registerItem(ctx: ServiceContext, actor: Actor, input: RegisterInput): LostfoundItemView {
  if (input.category === 'cash' && input.cash <= 0) throw refuse('errors.lostfoundCashRequired', 'cash');
  const now = ctx.clock.now();
  const foundAt = input.foundAt ?? now;
  if (foundAt > now + FUTURE_TOLERANCE_MS) throw refuse('errors.lostfoundFoundInFuture', 'foundAt');
  const { cash, ...rest } = input;
  const id = write(
    ctx,
    actor,
    (tx) => insertItem(tx, actor, { ...rest, cashFen: cash, foundAt, sourceSlipId: null }).id,
  );
  return getItem(ctx, id);
}

/**
 * A correction to an item still in custody: every change audited (the photo as a digest), the valuables mark follows
 * the category and value class. The version it was based on is checked by its channel; a claimed, disposed or voided
 * item is not edited.
 */
export function editItem(
  ctx: ServiceContext,
  actor: Actor,
  input: Omit<EditInput, 'version'> & { version?: number },
): LostfoundItemView {
  if (input.category === 'cash' && input.cash <= 0) throw refuse('errors.lostfoundCashRequired', 'cash');
  const now = ctx.clock.now();
  const before = getItem(ctx, input.id);
  assertHeld(before);
  const foundAt = input.foundAt ?? before.foundAt;
  if (foundAt > now + FUTURE_TOLERANCE_MS) throw refuse('errors.lostfoundFoundInFuture', 'foundAt');
  const { id, cash, photo, version: _basedOn, ...rest } = input;
  write(ctx, actor, (tx) => {
    assertHeld(getItem(ctx, id));
    const { after } = tx.update('lostfoundItems', id, {
      ...rest,
      foundAt,
      cashFen: input.category === 'cash' ? cash : 0,
      valuable: isValuable(input.category, input.valueClass),
      ...(photo === undefined ? {} : { photo }),
    });
    indexItem(tx, after);
  });
  return getItem(ctx, id);
}

/** Unclaimed goods transferred from storage arrive here, in the same transaction as the transfer. */
export function receiveFromStorage(
  tx: WriteTx,
  actor: Actor,
  slip: { id: string; serialNo: string; description: string; locationCode: string; depositedAt: number },
): void {
  insertItem(
    tx,
    actor,
    {
      category: 'other',
      description: slip.description,
      colour: '',
      brand: '',
      valueClass: 'ordinary',
      cashFen: 0,
      foundPlace: slip.serialNo,
      foundAt: tx.now,
      finderKind: 'storage',
      finderName: '',
      finderPhone: '',
      storagePlace: slip.locationCode,
      photo: null,
      sourceSlipId: slip.id,
    },
    'from storage',
  );
}

function assertHeld(item: LostfoundItemView): void {
  if (item.voidedAt !== null) throw refuse('errors.lostfoundItemVoided');
  if (item.status !== 'held') throw refuse('errors.lostfoundItemClosed');
}

/** 认领: the claimant's ID is checked and stored masked (and as a keyed hash); valuables need a lead's PIN. */
// The version the change was based on is checked by its channel (dispatcher and writer), not here.
export function claimItem(ctx: ServiceContext, actor: Actor, input: Omit<ClaimInput, 'version'>): LostfoundItemView {
  const before = getItem(ctx, input.id);
  assertHeld(before);
  let approvedBy: string | null = null;
  if (before.valuable) {
    if (!input.approval) throw refuse('errors.lostfoundValuableApproval', 'approval');
    approvedBy = approveWithPin(ctx, actor, input.approval, 'lead').id;
  }
  const report = input.reportId ? getReport(ctx, input.reportId) : null;
  if (report && (report.status !== 'open' || report.voidedAt !== null))
    throw refuse('errors.lostfoundReportClosed', 'reportId');
  const { idMasked, idHash } = protectIdNumber(ctx, input.idNumber);
  write(ctx, actor, (tx) => {
    assertHeld(getItem(ctx, input.id));
    const { after } = tx.update(
      'lostfoundItems',
      input.id,
      {
        status: 'claimed',
        claimantName: input.claimantName,
        claimantPhone: input.phone,
        claimantIdType: input.idType,
        claimantIdMasked: idMasked,
        claimantIdHash: idHash,
        claimDescription: input.claimDescription,
        claimApprovedBy: approvedBy,
        claimReportId: report?.id ?? null,
        closedAt: tx.now,
      },
      { action: 'status', note: 'claimed' },
    );
    indexItem(tx, after);
    if (report)
      tx.update(
        'lostfoundReports',
        report.id,
        { status: 'found', itemId: input.id, closedAt: tx.now },
        { action: 'status', note: 'found' },
      );
  });
  return getItem(ctx, input.id);
}

/** After the keeping period: to the police or disposed of, with a supervisor's PIN and a reason. */
export function disposeItem(
  ctx: ServiceContext,
  actor: Actor,
  input: Omit<DisposeInput, 'version'>,
): LostfoundItemView {
  const before = getItem(ctx, input.id);
  assertHeld(before);
  if (before.foundAt >= keptBefore(ctx, ctx.clock.now()))
    throw refuse('errors.lostfoundNotDue', undefined, {
      days: Math.ceil((before.keepUntil - ctx.clock.now()) / 86_400_000),
    });
  const supervisor = approveWithPin(ctx, actor, input.approval, 'supervisor');
  write(ctx, actor, (tx) => {
    assertHeld(getItem(ctx, input.id));
    const { after } = tx.update(
      'lostfoundItems',
      input.id,
      { status: input.to, closedAt: tx.now, closedBy: supervisor.id, closeReason: input.reason },
      { action: 'status', note: input.to },
    );
    indexItem(tx, after);
  });
  return getItem(ctx, input.id);
}

export function voidItem(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): LostfoundItemView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    assertHeld(getItem(ctx, input.id));
    const { after } = tx.update(
      'lostfoundItems',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    indexItem(tx, after);
  });
  return getItem(ctx, input.id);
}

/** The claim receipt's prints are audited; every one after the first is a reprint. */
export function recordClaimPrint(ctx: ServiceContext, actor: Actor, id: string): { reprint: boolean } {
  const item = getItem(ctx, id);
  if (item.status !== 'claimed') throw refuse('errors.lostfoundNotClaimed');
  return auditPrint(ctx, actor, 'lostfoundItems', id, item.serialNo);
}
