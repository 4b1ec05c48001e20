import type { z } from 'zod';
import type { repairOrders } from '../../../db/schema';
import type {
  createRepairInput,
  RepairEventKind,
  RepairOrderDetail,
  RepairOrderView,
  RepairStatus,
  updateRepairInput,
} from '../../../shared/contract/repairs';
import { canMoveRepair } from '../../../shared/contract/repairs';
import { hasRole } from '../../../shared/contract/roles';
import { labelParam } from '../../../shared/labels';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { tagWords } from '../search/indexer';
import type { SearchIndexer } from '../sync/module-sync';
import { type WriteTx, write } from '../write';
import { getOrder, getOrderDetail } from './queries';
import { completeBy, targetArrival } from './settings';
import { activeTeam } from './teams';

export type RepairRow = typeof repairOrders.$inferSelect;
type CreateInput = z.output<typeof createRepairInput>;
type UpdateInput = z.output<typeof updateRepairInput>;

export const REPAIR_SERIAL_PREFIX = 'BX';
/** Clocks of two PCs drift, and a clerk may type "now" a little ahead; more than this is a typing mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Feeds search: reporter (characters and pinyin), phone, serial, location, category and what is broken. */
export function indexOrder(tx: SearchIndexer, row: RepairRow): void {
  tx.index({
    module: 'repairs',
    entityId: row.id,
    title: row.reporterName,
    subtitle: `${row.location} · ${row.description.slice(0, 30)}`,
    tag: row.category,
    text: [...tagWords('repairs', 'category', row.category), row.serialNo, row.location, row.description, row.workDone]
      .filter(Boolean)
      .join(' '),
    names: [row.reporterName],
    phones: row.phone ? [row.phone] : [],
    at: row.reportedAt,
    voided: row.voidedAt !== null,
  });
}

export function appendEvent(
  tx: WriteTx,
  orderId: string,
  kind: RepairEventKind,
  from: RepairStatus | null,
  to: RepairStatus | null,
  text = '',
): void {
  if (!tx.actor) throw refuse('errors.forbidden');
  tx.insert('repairEvents', {
    id: newId(),
    orderId,
    at: tx.now,
    kind,
    fromStatus: from,
    toStatus: to,
    text,
    clerkId: tx.actor.clerkId,
    createdAt: tx.now,
  });
}

/** A move the table refuses, named by the statuses' labels in the clerk's language. */
export function transitionRefused(from: RepairStatus, to: RepairStatus): AppError {
  return refuse('errors.repairTransition', 'status', {
    from: labelParam('repairs', 'status', from),
    to: labelParam('repairs', 'status', to),
  });
}

/** Loads an order for a change inside the write, so the checks see the committed state. */
export function loadLive(ctx: ServiceContext, id: string): RepairOrderView {
  const order = getOrder(ctx, id);
  if (order.voidedAt !== null) throw refuse('errors.repairVoided');
  return order;
}

/**
 * One status move: checks the table of allowed moves, writes the record and its timeline entry (time and who);
 * the audit entry comes with the record's update.
 */
export function move(
  ctx: ServiceContext,
  tx: WriteTx,
  id: string,
  to: RepairStatus,
  kind: RepairEventKind,
  patch: Partial<RepairRow>,
  text = '',
): RepairRow {
  const current = loadLive(ctx, id);
  if (!canMoveRepair(current.status, to)) throw transitionRefused(current.status, to);
  const { after } = tx.update(
    'repairOrders',
    id,
    { ...patch, status: to },
    { action: 'status', note: `${current.status}→${to}` },
  );
  appendEvent(tx, id, kind, current.status, to, text);
  indexOrder(tx, after);
  return after;
}

function checkSource(ctx: ServiceContext, input: CreateInput): void {
  if (input.visitId) {
    const visit = ctx.sqlite.prepare('select voided_at as voidedAt from visits where id = ?').get(input.visitId) as
      | { voidedAt: number | null }
      | undefined;
    if (!visit) throw refuse('errors.notFound', 'visitId');
    if (visit.voidedAt !== null) throw refuse('errors.repairSourceVoided', 'visitId');
  }
  if (input.callId) {
    const call = ctx.sqlite.prepare('select voided_at as voidedAt from calls where id = ?').get(input.callId) as
      | { voidedAt: number | null }
      | undefined;
    if (!call) throw refuse('errors.notFound', 'callId');
    if (call.voidedAt !== null) throw refuse('errors.repairSourceVoided', 'callId');
  }
}

function checkShop(ctx: ServiceContext, input: { locationKind: string; shopId: string | null }): void {
  if (input.locationKind === 'shop' && !input.shopId) throw refuse('errors.required', 'shopId');
  if (input.shopId) {
    const shop = ctx.sqlite.prepare('select active from shops where id = ?').get(input.shopId) as
      | { active: number }
      | undefined;
    if (shop?.active !== 1) throw refuse('errors.repairShopInactive', 'shopId');
  }
}

const reportColumns = (input: CreateInput | UpdateInput) => ({
  locationKind: input.locationKind,
  location: input.location,
  shopId: input.locationKind === 'shop' ? input.shopId : null,
  category: input.category,
  urgency: input.urgency,
  description: input.description,
  reporterName: input.reporterName,
  phone: input.phone,
});

/** 受理报修: a new work order, 待派工, or 已派工 at once when a team is named. */
export function createOrder(ctx: ServiceContext, actor: Actor, input: CreateInput): RepairOrderDetail {
  const id = write(ctx, actor, (tx) => {
    const reportedAt = input.reportedAt ?? tx.now;
    if (reportedAt > tx.now + FUTURE_TOLERANCE_MS) throw refuse('errors.futureTime', 'reportedAt');
    checkSource(ctx, input);
    checkShop(ctx, input);
    if (input.teamId) activeTeam(ctx, input.teamId);
    const row = tx.insert('repairOrders', {
      id: newId(),
      serialNo: tx.serial(REPAIR_SERIAL_PREFIX),
      reportedAt,
      source: input.visitId ? 'visit' : input.callId ? 'call' : 'direct',
      visitId: input.visitId,
      callId: input.callId,
      ...reportColumns(input),
      status: 'pending',
      targetArrivalAt: targetArrival(ctx, input.urgency, reportedAt),
      completeByAt: completeBy(ctx, input.urgency, reportedAt),
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    appendEvent(tx, row.id, 'created', null, 'pending');
    indexOrder(tx, row);
    if (input.teamId)
      move(ctx, tx, row.id, 'dispatched', 'dispatched', {
        teamId: input.teamId,
        dispatchedAt: tx.now,
        dispatchedBy: actor.clerkId,
      });
    return row.id;
  });
  return getOrderDetail(ctx, id);
}

/** Corrects what was reported; a closed order is kept as it was closed. Urgency changes move both limits. */
export function updateOrder(ctx: ServiceContext, actor: Actor, input: UpdateInput): RepairOrderDetail {
  write(ctx, actor, (tx) => {
    const current = loadLive(ctx, input.id);
    if (current.status === 'closed') throw refuse('errors.repairClosed');
    checkShop(ctx, input);
    const target =
      current.urgency === input.urgency
        ? {}
        : {
            targetArrivalAt: targetArrival(ctx, input.urgency, current.reportedAt),
            completeByAt: completeBy(ctx, input.urgency, current.reportedAt),
          };
    const { after } = tx.update('repairOrders', input.id, { ...reportColumns(input), ...target });
    indexOrder(tx, after);
  });
  return getOrderDetail(ctx, input.id);
}

/** Voiding keeps the record (nothing is deleted); a lead or above, with a reason. */
export function voidOrder(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): RepairOrderDetail {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const current = loadLive(ctx, input.id);
    const { after } = tx.update(
      'repairOrders',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    appendEvent(tx, input.id, 'voided', current.status, null, reason);
    indexOrder(tx, after);
  });
  return getOrderDetail(ctx, input.id);
}

/** A printed 派工单 is audited (who, when, which order). */
export function orderPrinted(ctx: ServiceContext, actor: Actor, id: string): { ok: true } {
  write(ctx, actor, (tx) => {
    const order = getOrder(ctx, id);
    tx.event('repairOrders', id, 'printed', { serialNo: order.serialNo });
  });
  return { ok: true };
}
