import type { z } from 'zod';
import type { renovations } from '../../../db/schema';
import {
  type applyRenovationInput,
  type approveRenovationInput,
  type inspectRenovationInput,
  RENOVATION_MAX_DAYS,
  type RenovationView,
  type refundRenovationInput,
} from '../../../shared/contract/renovations';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { auditPrint } from '../print-record';
import { siteToday } from '../releases/queries';
import { tagWords } from '../search/indexer';
import type { SearchIndexer } from '../sync/module-sync';
import { write } from '../write';
import { getRenovation } from './queries';
import { getRenovationSettings } from './settings';

type Row = typeof renovations.$inferSelect;

export const RENOVATION_SERIAL_PREFIX = 'ZX';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Feeds search: owner and foreman (characters and pinyin), both phones, serial, unit, contractor, the state's words. */
export function indexRenovation(tx: SearchIndexer, row: Row): void {
  tx.index({
    module: 'renovations',
    entityId: row.id,
    title: `${row.unit} ${row.ownerName}`,
    subtitle: `${row.contractor} · ${row.startDate} 至 ${row.endDate}`,
    tag: row.status,
    text: [...tagWords('renovations', 'status', row.status), row.serialNo, row.unit, row.contractor, row.work]
      .filter(Boolean)
      .join(' '),
    names: [row.ownerName, row.foreman],
    phones: [row.ownerPhone, row.foremanPhone],
    at: row.appliedAt,
    voided: row.voidedAt !== null,
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Documents named on the checklist, in its order; anything else is not a document the desk checks. */
function checkedDocuments(ctx: ServiceContext, documents: string[]): string[] {
  const list = getRenovationSettings(ctx).documents;
  const unknown = documents.find((d) => !list.includes(d));
  if (unknown !== undefined) throw refuse('errors.renovationUnknownDocument', 'documents', { name: unknown });
  return list.filter((d) => documents.includes(d));
}

/** 装修申请: registered with the deposit and fee taken; the works may not start before today. */
export function applyRenovation(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof applyRenovationInput>,
): RenovationView {
  const id = write(ctx, actor, (tx) => {
    if (input.startDate < siteToday(ctx, tx.now)) throw refuse('errors.renovationStartPast', 'startDate');
    if (daysBetween(input.startDate, input.endDate) > RENOVATION_MAX_DAYS)
      throw refuse('errors.renovationTooLong', 'endDate', { days: RENOVATION_MAX_DAYS });
    const row = tx.insert('renovations', {
      id: newId(),
      serialNo: tx.serial(RENOVATION_SERIAL_PREFIX),
      appliedAt: tx.now,
      unit: input.unit,
      ownerName: input.ownerName,
      ownerPhone: input.ownerPhone,
      contractor: input.contractor,
      foreman: input.foreman,
      foremanPhone: input.foremanPhone,
      work: input.work,
      startDate: input.startDate,
      endDate: input.endDate,
      depositFen: input.deposit,
      feeFen: input.fee,
      documents: checkedDocuments(ctx, input.documents),
      status: 'applied',
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    indexRenovation(tx, row);
    return row.id;
  });
  return getRenovation(ctx, id);
}

function loadLive(ctx: ServiceContext, id: string): RenovationView {
  const permit = getRenovation(ctx, id);
  if (permit.voidedAt !== null) throw refuse('errors.renovationVoided');
  return permit;
}

function requireRole(actor: Actor, role: 'lead' | 'supervisor'): void {
  if (!hasRole(actor.role, role)) throw new AppError('forbidden', 'errors.forbidden', undefined, { role });
}

/** 审批: a lead approves once every document on the checklist has been seen. */
export function approveRenovation(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof approveRenovationInput>,
): RenovationView {
  requireRole(actor, 'lead');
  write(ctx, actor, (tx) => {
    const permit = loadLive(ctx, input.id);
    if (permit.status !== 'applied') throw refuse('errors.renovationNotPending');
    const documents = checkedDocuments(ctx, [...permit.documents, ...input.documents]);
    const missing = getRenovationSettings(ctx).documents.filter((d) => !documents.includes(d));
    if (missing.length > 0)
      throw refuse('errors.renovationDocumentsMissing', 'documents', { names: missing.join('、') });
    const { after } = tx.update(
      'renovations',
      input.id,
      { status: 'approved', approvedAt: tx.now, approvedBy: actor.clerkId, approvalNote: input.note, documents },
      { action: 'status', note: 'applied→approved' },
    );
    indexRenovation(tx, after);
  });
  return getRenovation(ctx, input.id);
}

/** 验收: passed, or failed with the defects; a failed one is inspected again once they are put right. */
export function inspectRenovation(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof inspectRenovationInput>,
): RenovationView {
  write(ctx, actor, (tx) => {
    const permit = loadLive(ctx, input.id);
    if (permit.status !== 'approved' && permit.status !== 'failed') throw refuse('errors.renovationNotInWorks');
    const { after } = tx.update(
      'renovations',
      input.id,
      {
        status: input.result,
        lastResult: input.result,
        defects: input.defects,
        inspectedAt: tx.now,
        inspectedBy: actor.clerkId,
        inspections: permit.inspections + 1,
      },
      { action: 'status', note: `${permit.status}→${input.result}` },
    );
    indexRenovation(tx, after);
  });
  return getRenovation(ctx, input.id);
}

/**
 * 退押金: after a passed inspection and once every worker's pass under the permit is back; keeping part of the
 * deposit (damage to common areas, rubbish left) needs the reason.
 */
export function refundRenovation(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof refundRenovationInput>,
): RenovationView {
  write(ctx, actor, (tx) => {
    const permit = loadLive(ctx, input.id);
    if (permit.status !== 'passed') throw refuse('errors.renovationNotPassed');
    if (permit.passesOut > 0) throw refuse('errors.renovationPassesOut', undefined, { count: permit.passesOut });
    const refund = input.refund === -1 ? permit.depositFen : input.refund;
    if (refund > permit.depositFen) throw refuse('errors.renovationRefundTooLarge', 'refund');
    if (refund < permit.depositFen && !input.reason) throw refuse('errors.renovationDeductionReason', 'reason');
    const { after } = tx.update(
      'renovations',
      input.id,
      {
        status: 'refunded',
        refundedAt: tx.now,
        refundedBy: actor.clerkId,
        refundFen: refund,
        deductionReason: refund < permit.depositFen ? input.reason : '',
      },
      { action: 'status', note: 'passed→refunded' },
    );
    indexRenovation(tx, after);
  });
  return getRenovation(ctx, input.id);
}

/** 作废: an application refused or withdrawn, by a lead with a reason; not once the deposit has been refunded. */
export function voidRenovation(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reason: string },
): RenovationView {
  requireRole(actor, 'lead');
  write(ctx, actor, (tx) => {
    const permit = loadLive(ctx, input.id);
    if (permit.status === 'refunded') throw refuse('errors.renovationRefunded');
    if (permit.passesOut > 0) throw refuse('errors.renovationPassesOut', undefined, { count: permit.passesOut });
    const { after } = tx.update(
      'renovations',
      input.id,
      { voidedAt: tx.now, voidReason: input.reason.trim(), voidedBy: actor.clerkId },
      { action: 'void', note: input.reason.trim() },
    );
    indexRenovation(tx, after);
  });
  return getRenovation(ctx, input.id);
}

export function renovationPrinted(ctx: ServiceContext, actor: Actor, id: string): { reprint: boolean } {
  return auditPrint(ctx, actor, 'renovations', id, getRenovation(ctx, id).serialNo);
}
