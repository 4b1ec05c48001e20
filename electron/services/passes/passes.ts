import type { z } from 'zod';
import type { passes } from '../../../db/schema';
import {
  type issuePassInput,
  PASS_MAX_DAYS,
  type PassView,
  type returnPassInput,
  type updatePassInput,
} from '../../../shared/contract/passes';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { protectIdNumber } from '../reception/id-documents';
import { siteToday } from '../releases/queries';
import { getRenovation } from '../renovations/queries';
import { tagWords } from '../search/indexer';
import type { SearchIndexer } from '../sync/module-sync';
import { write } from '../write';
import { getPass } from './queries';

type PassRow = typeof passes.$inferSelect;
type IssueInput = z.output<typeof issuePassInput>;
type ReturnInput = z.output<typeof returnPassInput>;
type UpdateInput = z.output<typeof updatePassInput>;

export const PASS_SERIAL_PREFIX = 'CR';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Feeds search: holder (characters and pinyin), phone, serial, unit, plate, contractor and the kind's words. */
export function indexPass(tx: SearchIndexer, row: PassRow): void {
  tx.index({
    module: 'passes',
    entityId: row.id,
    title: row.holderName,
    subtitle: `${row.company} · ${row.unit}${row.vehiclePlate ? ` · ${row.vehiclePlate}` : ''}`,
    tag: row.kind,
    text: [...tagWords('passes', 'kind', row.kind), row.serialNo, row.unit, row.company, row.vehiclePlate]
      .filter(Boolean)
      .join(' '),
    names: [row.holderName],
    phones: [row.phone],
    at: row.issuedAt,
    voided: row.voidedAt !== null,
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 办证: a numbered pass for a period from today on, at most 180 days; a worker's ID is kept only masked. */
export function issuePass(ctx: ServiceContext, actor: Actor, input: IssueInput): PassView {
  const id = write(ctx, actor, (tx) => {
    if (input.validFrom < siteToday(ctx, tx.now)) throw refuse('errors.passStartPast', 'validFrom');
    if (daysBetween(input.validFrom, input.validTo) > PASS_MAX_DAYS)
      throw refuse('errors.passTooLong', 'validTo', { days: PASS_MAX_DAYS });
    if (input.renovationId) underPermit(ctx, input);
    const { idMasked, idHash } = input.idNumber ? protectIdNumber(ctx, input.idNumber) : { idMasked: '', idHash: null };
    const row = tx.insert('passes', {
      id: newId(),
      serialNo: tx.serial(PASS_SERIAL_PREFIX),
      issuedAt: tx.now,
      kind: input.kind,
      holderName: input.holderName,
      phone: input.phone,
      idType: input.idNumber ? input.idType : null,
      idMasked,
      idHash,
      company: input.company,
      unit: input.unit,
      renovationId: input.renovationId,
      vehiclePlate: input.vehiclePlate,
      validFrom: input.validFrom,
      validTo: input.validTo,
      depositFen: input.deposit,
      feeFen: input.fee,
      status: 'issued',
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    indexPass(tx, row);
    return row.id;
  });
  return getPass(ctx, id);
}

/** A worker's pass under a permit: the permit's works are on, and the pass ends by the permit's last day. */
function underPermit(ctx: ServiceContext, input: IssueInput): void {
  const permit = getRenovation(ctx, input.renovationId ?? '');
  if (input.kind !== 'worker') throw refuse('errors.passPermitWorkersOnly', 'kind');
  if (permit.voidedAt !== null || (permit.status !== 'approved' && permit.status !== 'failed'))
    throw refuse('errors.passPermitNotInWorks', 'renovationId', { serial: permit.serialNo });
  if (input.validTo > permit.endDate)
    throw refuse('errors.passPermitPeriod', 'validTo', { serial: permit.serialNo, day: permit.endDate });
}

function loadOut(ctx: ServiceContext, id: string): PassView {
  const pass = getPass(ctx, id);
  if (pass.voidedAt !== null) throw refuse('errors.passRevoked');
  if (pass.status !== 'issued') throw refuse('errors.passReturned');
  return pass;
}

/**
 * 修改: a pass still out, corrected. What the clerk changed is checked against the rest of the pass as stored: a
 * vehicle pass keeps a plate, the period stays in order and within its limit (and within its permit's). Only the
 * changed columns are written, in one transaction with their audit entry.
 */
export function updatePass(ctx: ServiceContext, actor: Actor, input: UpdateInput): PassView {
  write(ctx, actor, (tx) => {
    const pass = loadOut(ctx, input.id);
    const { id: _id, version: _version, ...fields } = input;
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([key, value]) => value !== undefined && value !== pass[key as keyof PassView]),
    ) as Partial<Omit<UpdateInput, 'id' | 'version'>>;
    const merged = { ...pass, ...changed };
    if (pass.kind === 'vehicle' && !merged.vehiclePlate) throw refuse('errors.passPlateRequired', 'vehiclePlate');
    if (changed.validTo !== undefined) {
      if (merged.validTo < merged.validFrom) throw refuse('errors.passPeriodOrder', 'validTo');
      if (daysBetween(merged.validFrom, merged.validTo) > PASS_MAX_DAYS)
        throw refuse('errors.passTooLong', 'validTo', { days: PASS_MAX_DAYS });
      if (pass.renovationId) {
        const permit = getRenovation(ctx, pass.renovationId);
        if (merged.validTo > permit.endDate)
          throw refuse('errors.passPermitPeriod', 'validTo', { serial: permit.serialNo, day: permit.endDate });
      }
    }
    if (Object.keys(changed).length === 0) return;
    const { after } = tx.update('passes', input.id, changed);
    indexPass(tx, after);
  });
  return getPass(ctx, input.id);
}

/** 交回: the deposit goes back (all of it when the refund is left empty); keeping part of it needs a reason. */
export function returnPass(ctx: ServiceContext, actor: Actor, input: ReturnInput): PassView {
  write(ctx, actor, (tx) => {
    const pass = loadOut(ctx, input.id);
    const refund = input.refund === -1 ? pass.depositFen : input.refund;
    if (refund > pass.depositFen) throw refuse('errors.passRefundTooLarge', 'refund');
    if (refund < pass.depositFen && !input.note) throw refuse('errors.passKeepReason', 'note');
    const { after } = tx.update(
      'passes',
      input.id,
      { status: 'returned', returnedAt: tx.now, returnedBy: actor.clerkId, refundFen: refund, returnNote: input.note },
      { action: 'status', note: 'issued→returned' },
    );
    indexPass(tx, after);
  });
  return getPass(ctx, input.id);
}

/** 注销: a lost or misused pass is revoked by a lead with a reason; the record stays. */
export function revokePass(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): PassView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  write(ctx, actor, (tx) => {
    loadOut(ctx, input.id);
    const { after } = tx.update(
      'passes',
      input.id,
      { voidedAt: tx.now, voidReason: input.reason.trim(), voidedBy: actor.clerkId },
      { action: 'void', note: input.reason.trim() },
    );
    indexPass(tx, after);
  });
  return getPass(ctx, input.id);
}

export function passPrinted(ctx: ServiceContext, actor: Actor, id: string): { ok: true } {
  write(ctx, actor, (tx) => {
    tx.event('passes', id, 'printed', { serialNo: getPass(ctx, id).serialNo });
  });
  return { ok: true };
}
