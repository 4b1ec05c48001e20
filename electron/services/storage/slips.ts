import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { storageSlips } from '../../../db/schema';
import { hasRole } from '../../../shared/contract/roles';
import {
  type depositInput,
  STORAGE_SERIAL_PREFIX,
  type StorageDepositResult,
  type StorageSlipView,
  type StorageTransferTarget,
  type updateSlipInput,
} from '../../../shared/contract/storage';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { receiveFromStorage } from '../lostfound/items';
import { hashPin, hashPinOffThread } from '../pin';
import { auditPrint } from '../print-record';
import { type WriteTx, write } from '../write';
import { getLocation } from './locations';
import { getSlip } from './queries';
import { getStorageSettings, nextClosingTime } from './settings';

export type SlipRow = typeof storageSlips.$inferSelect;
type DepositInput = z.output<typeof depositInput>;
type UpdateInput = z.output<typeof updateSlipInput>;

/** A clerk types "now" a little late; an expected pickup further in the past than this is a mistake. */
const PAST_TOLERANCE_MS = 5 * 60 * 1000;

export function indexSlip(tx: Pick<WriteTx, 'index'>, row: SlipRow, locationCode: string): void {
  tx.index({
    module: 'storage',
    entityId: row.id,
    title: row.depositorName,
    subtitle: `${row.serialNo} · ${locationCode} · ${row.description.slice(0, 30)}`,
    text: [row.serialNo, row.description, locationCode].join(' '),
    names: [row.depositorName],
    phones: [row.phone],
    at: row.depositedAt,
    voided: row.voidedAt !== null,
  });
}

/** One open slip per location unless it is a shared shelf; checked inside the write so two clerks cannot race. */
function assertLocationUsable(ctx: ServiceContext, locationId: string, exceptSlipId: string | null): string {
  const location = getLocation(ctx, locationId);
  if (!location.active) throw refuse('errors.locationInactive', 'locationId');
  if (location.shared) return location.code;
  const other = ctx.sqlite
    .prepare(
      `select serial_no as serialNo from storage_slips
       where location_id = ? and status = 'stored' and voided_at is null and id <> ? limit 1`,
    )
    .get(locationId, exceptSlipId ?? '') as { serialNo: string } | undefined;
  if (other) throw refuse('errors.locationOccupied', 'locationId', { serialNo: other.serialNo });
  return location.code;
}

function expectedPickup(ctx: ServiceContext, now: number, typed: number | null): number {
  const at = typed ?? nextClosingTime(ctx, now);
  if (at < now - PAST_TOLERANCE_MS) throw refuse('errors.pickupInPast', 'expectedPickupAt');
  return at;
}

export function newClaimCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** A slip's claim code and its scrypt hash (only the hash is stored). */
export interface Claim {
  code: string;
  hash: string;
}

export function newClaim(): Claim {
  const code = newClaimCode();
  return { code, hash: hashPin(code) };
}

/** For the app: the hash is computed off the main thread, so a deposit does not freeze the desk for 40 ms. */
export async function newClaimOffThread(): Promise<Claim> {
  const code = newClaimCode();
  return { code, hash: await hashPinOffThread(code) };
}

export function depositGoods(
  ctx: ServiceContext,
  actor: Actor,
  input: DepositInput,
  claim: Claim = newClaim(),
): StorageDepositResult {
  if (input.waivedFen > input.feeFen) throw refuse('errors.waiverAboveFee', 'waivedFen');
  const { waiverLimitFen } = getStorageSettings(ctx);
  let waiverApprovedBy: string | null = null;
  if (input.waivedFen > waiverLimitFen) {
    if (!input.waiverApproval) throw refuse('errors.waiverNeedsApproval', 'waivedFen', { limit: waiverLimitFen });
    waiverApprovedBy = approveWithPin(ctx, actor, input.waiverApproval, 'lead').id;
  }
  const claimCode = claim.code;
  const claimCodeHash = claim.hash;
  const id = write(ctx, actor, (tx) => {
    const locationCode = assertLocationUsable(ctx, input.locationId, null);
    const row = tx.insert('storageSlips', {
      id: newId(),
      serialNo: tx.serial(STORAGE_SERIAL_PREFIX),
      depositorName: input.depositorName,
      phone: input.phone,
      description: input.description,
      pieces: input.pieces,
      piecesOut: 0,
      size: input.size,
      locationId: input.locationId,
      feeFen: input.feeFen,
      waivedFen: input.waivedFen,
      waiverApprovedBy,
      depositedAt: tx.now,
      expectedPickupAt: expectedPickup(ctx, tx.now, input.expectedPickupAt),
      claimCodeHash,
      failedClaims: 0,
      lockedAt: null,
      status: 'stored',
      closedAt: null,
      transferTo: null,
      transferReason: null,
      transferredBy: null,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
    });
    indexSlip(tx, row, locationCode);
    return row.id;
  });
  return { slip: getSlip(ctx, id), claimCode };
}

/** Live, untouched slips only: once a piece has gone back, the record is what was handed over. */
function loadEditable(ctx: ServiceContext, id: string): StorageSlipView {
  const slip = getSlip(ctx, id);
  if (slip.voidedAt !== null) throw refuse('errors.slipVoided');
  if (slip.status !== 'stored' || slip.piecesOut > 0) throw refuse('errors.slipEditAfterPickup');
  return slip;
}

/** A correction changes the fields it names; the others keep their stored values (the form sends what changed). */
export function updateSlip(ctx: ServiceContext, actor: Actor, input: UpdateInput): StorageSlipView {
  write(ctx, actor, (tx) => {
    const current = loadEditable(ctx, input.id);
    const changed = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as Partial<UpdateInput>;
    const merged = { ...current, ...changed, expectedPickupAt: input.expectedPickupAt ?? current.expectedPickupAt };
    const locationCode = assertLocationUsable(ctx, merged.locationId, input.id);
    if (merged.expectedPickupAt < current.depositedAt) throw refuse('errors.pickupInPast', 'expectedPickupAt');
    const { after } = tx.update('storageSlips', input.id, {
      depositorName: merged.depositorName,
      phone: merged.phone,
      description: merged.description,
      pieces: merged.pieces,
      size: merged.size,
      locationId: merged.locationId,
      expectedPickupAt: merged.expectedPickupAt,
    });
    indexSlip(tx, after, locationCode);
  });
  return getSlip(ctx, input.id);
}

export function voidSlip(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; version?: number; reason: string },
): StorageSlipView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const slip = loadEditable(ctx, input.id);
    const { after } = tx.update(
      'storageSlips',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    indexSlip(tx, after, slip.locationCode);
  });
  return getSlip(ctx, input.id);
}

/** Unclaimed goods leave storage for lost-and-found or disposal: a supervisor's act with a reason. */
export function transferSlip(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; version?: number; to: StorageTransferTarget; reason: string },
): StorageSlipView {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const slip = getSlip(ctx, input.id);
    if (slip.state === 'voided') throw refuse('errors.slipVoided');
    if (slip.status !== 'stored') throw refuse('errors.slipClosed');
    if (slip.state !== 'unclaimed') throw refuse('errors.notUnclaimedYet');
    const { after } = tx.update(
      'storageSlips',
      input.id,
      {
        status: 'transferred',
        closedAt: tx.now,
        transferTo: input.to,
        transferReason: reason,
        transferredBy: actor.clerkId,
      },
      { action: 'status', note: `transfer:${input.to}` },
    );
    indexSlip(tx, after, slip.locationCode);
    // Unclaimed goods handed to lost and found are in its custody from this moment, in the same transaction.
    if (input.to === 'lost_found') receiveFromStorage(tx, actor, slip);
  });
  return getSlip(ctx, input.id);
}

/** Every print is audited; every one after the first is a reprint (the claim code is not on it any more). */
export function recordSlipPrint(ctx: ServiceContext, actor: Actor, id: string): { reprint: boolean } {
  const slip = getSlip(ctx, id);
  return auditPrint(ctx, actor, 'storageSlips', id, slip.serialNo);
}
