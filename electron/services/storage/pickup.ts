import type { z } from 'zod';
import { idDocumentProblem } from '../../../shared/contract/id-documents';
import type { pickupInput, StorageSlipView } from '../../../shared/contract/storage';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { pinMatches, pinMatchesOffThread } from '../pin';
import { protectIdNumber } from '../reception/id-documents';
import { write } from '../write';
import { getSlip } from './queries';
import { getStorageSettings } from './settings';
import { indexSlip } from './slips';

type PickupInput = z.output<typeof pickupInput>;

/** What must hold before anything goes back over the counter, whatever the proof. */
function assertCanHandBack(slip: StorageSlipView, pieces: number): void {
  if (slip.voidedAt !== null) throw refuse('errors.slipVoided');
  if (slip.status === 'transferred') throw refuse('errors.slipTransferred');
  if (slip.status !== 'stored') throw refuse('errors.slipClosed');
  const left = slip.pieces - slip.piecesOut;
  if (pieces > left) throw refuse('errors.tooManyPieces', 'pieces', { left });
}

function claimCodeHash(ctx: ServiceContext, id: string): string {
  return ctx.sqlite.prepare('select claim_code_hash from storage_slips where id = ?').pluck().get(id) as string;
}

/**
 * A wrong claim code is counted on the slip (and audited) before the refusal, like a wrong PIN; the configured
 * number of failures locks the slip until a lead unlocks it.
 */
function checkClaimCode(
  ctx: ServiceContext,
  actor: Actor,
  slip: StorageSlipView,
  code: string,
  checkedOffThread: boolean | undefined,
): void {
  if (slip.locked) throw new AppError('locked', 'errors.slipLocked', 'claimCode');
  if (checkedOffThread ?? pinMatches(code, claimCodeHash(ctx, slip.id))) return;
  const failures = slip.failedClaims + 1;
  const locks = failures >= getStorageSettings(ctx).claimFailuresBeforeLock;
  write(ctx, actor, (tx) => {
    tx.update(
      'storageSlips',
      slip.id,
      locks ? { failedClaims: failures, lockedAt: tx.now } : { failedClaims: failures },
      { note: locks ? 'locked after wrong claim codes' : 'wrong claim code' },
    );
  });
  if (locks) throw new AppError('locked', 'errors.slipLocked', 'claimCode');
  throw refuse('errors.wrongClaimCode', 'claimCode', {
    left: getStorageSettings(ctx).claimFailuresBeforeLock - failures,
  });
}

/**
 * For the app: the claim code is compared (40 ms of scrypt) in the thread pool first, so a pickup does not freeze
 * the desk; the rules then run as in `pickUpGoods`. A slip's code hash never changes, so checking it early is safe.
 */
export async function pickUpGoodsOffThread(
  ctx: ServiceContext,
  actor: Actor,
  input: PickupInput,
): Promise<StorageSlipView> {
  const hash = input.proof === 'claim_code' ? (claimCodeHash(ctx, input.id) as string | undefined) : undefined;
  const matches = hash && input.proof === 'claim_code' ? await pinMatchesOffThread(input.claimCode, hash) : undefined;
  return pickUpGoods(ctx, actor, input, matches);
}

/** Hands back some or all pieces; the slip closes when the last piece is out. */
export function pickUpGoods(
  ctx: ServiceContext,
  actor: Actor,
  input: PickupInput,
  /** Whether the claim code matched, when the caller compared it off the main thread. */
  claimCodeMatched?: boolean,
): StorageSlipView {
  const before = getSlip(ctx, input.id);
  assertCanHandBack(before, input.pieces);
  let approvedBy: string | null = null;
  let idColumns = { idMasked: '', idHash: null as string | null };
  if (input.proof === 'claim_code') {
    checkClaimCode(ctx, actor, before, input.claimCode, claimCodeMatched);
  } else {
    if (!input.collectorIdNumber.trim()) throw refuse('errors.idNumberRequired', 'collectorIdNumber');
    if (!input.collectorIdType) throw refuse('errors.idTypeRequired', 'collectorIdType');
    const idProblem = idDocumentProblem(input.collectorIdType, input.collectorIdNumber, ctx.clock.now());
    if (idProblem) throw refuse(idProblem, input.collectorIdType === 'other' ? 'collectorIdType' : 'collectorIdNumber');
    if (!input.approval) throw refuse('errors.approvalRequired', 'approval');
    approvedBy = approveWithPin(ctx, actor, input.approval, 'lead').id;
    idColumns = protectIdNumber(ctx, input.collectorIdNumber);
  }
  write(ctx, actor, (tx) => {
    // Read again inside the transaction: another counter may have handed pieces back meanwhile.
    const slip = getSlip(ctx, input.id);
    assertCanHandBack(slip, input.pieces);
    tx.insert('storagePickups', {
      id: newId(),
      slipId: slip.id,
      pieces: input.pieces,
      collectorName: input.collectorName,
      proof: input.proof,
      collectorIdMasked: idColumns.idMasked,
      collectorIdHash: idColumns.idHash,
      approvedBy,
      collectedAt: tx.now,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
    });
    const piecesOut = slip.piecesOut + input.pieces;
    const done = piecesOut === slip.pieces;
    const { after } = tx.update(
      'storageSlips',
      slip.id,
      { piecesOut, failedClaims: 0, ...(done ? { status: 'collected' as const, closedAt: tx.now } : {}) },
      { action: done ? 'status' : 'update', note: done ? 'collected' : 'partial pickup' },
    );
    indexSlip(tx, after, slip.locationCode);
  });
  return getSlip(ctx, input.id);
}

/** A lead (or higher) unlocks a slip locked by wrong claim codes, with their PIN. */
export function unlockSlip(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; version?: number; approval: { clerkId: string; pin: string } },
): StorageSlipView {
  const slip = getSlip(ctx, input.id);
  if (!slip.locked) throw refuse('errors.slipNotLocked');
  const approver = approveWithPin(ctx, actor, input.approval, 'lead');
  write(ctx, actor, (tx) => {
    tx.update('storageSlips', slip.id, { failedClaims: 0, lockedAt: null }, { note: `unlocked by ${approver.name}` });
  });
  return getSlip(ctx, input.id);
}
