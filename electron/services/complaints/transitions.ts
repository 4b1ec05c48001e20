import type { complaints } from '../../../db/schema';
import {
  type ComplaintEventKind,
  type ComplaintStatus,
  type ComplaintView,
  canMove,
} from '../../../shared/contract/complaints';
import { labelParam } from '../../../shared/labels';
import type { Actor, ServiceContext } from '../context';
import { type AppError, refuse } from '../errors';
import { newId } from '../ids';
import type { SearchIndexer } from '../sync/module-sync';
import type { WriteTx } from '../write';
import { getComplaint } from './queries';

export type ComplaintRow = typeof complaints.$inferSelect;

/** 不得涂改涉及本人的投诉记录: the clerk complained about may read the record but never change it. */
export function guardNotAboutActor(complaint: Pick<ComplaintView, 'complainedClerkId'>, actor: Actor): void {
  if (complaint.complainedClerkId === actor.clerkId) throw refuse('errors.complaintAboutYou');
}

/** Loads a complaint for a change inside the write, so the checks see the committed state. */
export function loadForChange(ctx: ServiceContext, actor: Actor, id: string): ComplaintView {
  const complaint = getComplaint(ctx, id);
  guardNotAboutActor(complaint, actor);
  return complaint;
}

export function requireMove(from: ComplaintStatus, to: ComplaintStatus): void {
  if (!canMove(from, to)) throw transitionRefused(from, to);
}

/** A move the table refuses, named by the statuses' labels in the clerk's language. */
export function transitionRefused(from: ComplaintStatus, to: ComplaintStatus): AppError {
  return refuse('errors.complaintTransition', 'status', {
    from: labelParam('complaints', 'status', from),
    to: labelParam('complaints', 'status', to),
  });
}

export function appendEvent(
  tx: WriteTx,
  complaintId: string,
  values: {
    kind: ComplaintEventKind;
    text: string;
    fromStatus?: ComplaintStatus | null;
    toStatus?: ComplaintStatus | null;
    correctsEventId?: string | null;
  },
): void {
  if (!tx.actor) throw refuse('errors.forbidden');
  tx.insert('complaintEvents', {
    id: newId(),
    complaintId,
    at: tx.now,
    kind: values.kind,
    text: values.text,
    fromStatus: values.fromStatus ?? null,
    toStatus: values.toStatus ?? null,
    correctsEventId: values.correctsEventId ?? null,
    clerkId: tx.actor.clerkId,
    createdAt: tx.now,
  });
}

export function indexComplaint(tx: SearchIndexer, row: ComplaintRow): void {
  tx.index({
    module: 'complaints',
    entityId: row.id,
    title: row.customerName,
    subtitle: `${row.serialNo} · ${row.reason.slice(0, 40)}`,
    text: [row.serialNo, row.reason, row.demand, row.notes, row.resolution].filter(Boolean).join(' '),
    names: [row.customerName],
    phones: row.phone ? [row.phone] : [],
    at: row.receivedAt,
    voided: false,
  });
}

/**
 * One status move: checks the table of allowed moves, writes the record and a status entry in the timeline.
 * `text` is the reason or a short description; the timeline never holds an empty entry.
 */
export function move(
  ctx: ServiceContext,
  tx: WriteTx,
  actor: Actor,
  id: string,
  to: ComplaintStatus,
  patch: Partial<ComplaintRow>,
  text: string,
): ComplaintRow {
  const current = loadForChange(ctx, actor, id);
  requireMove(current.status, to);
  const { after } = tx.update('complaints', id, { ...patch, status: to }, { note: `${current.status}→${to}` });
  appendEvent(tx, id, { kind: 'status', text: text || to, fromStatus: current.status, toStatus: to });
  indexComplaint(tx, after);
  return after;
}
