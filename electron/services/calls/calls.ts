import type { z } from 'zod';
import type { calls } from '../../../db/schema';
import type { CallView, logCallInput, updateCallInput } from '../../../shared/contract/calls';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { tagWords } from '../search/indexer';
import type { SearchIndexer } from '../sync/module-sync';
import { type WriteTx, write } from '../write';
import { getCall } from './call-queries';

type CallRow = typeof calls.$inferSelect;
type LogInput = z.output<typeof logCallInput>;
type UpdateInput = z.output<typeof updateCallInput>;

/** Clocks of two PCs drift, and a clerk may type "now" a little ahead; more than this is a typing mistake. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
export const CALL_SERIAL_PREFIX = 'DH';

type CallFields = Omit<LogInput, 'answersCallId' | 'startedAt'>;

function checkTimes(now: number, input: CallFields, startedAt: number): void {
  if (startedAt > now + FUTURE_TOLERANCE_MS) throw refuse('errors.futureTime', 'startedAt');
  if (input.replyNeeded && input.replyDueAt !== null && input.replyDueAt < startedAt)
    throw refuse('errors.dueBeforeStart', 'replyDueAt');
}

function recordColumns(input: CallFields) {
  return {
    direction: input.direction,
    durationSec: input.durationSec,
    callerName: input.callerName,
    phone: input.phone,
    category: input.category,
    summary: input.summary,
    transferredTo: input.transferredTo,
    transferDepartmentId: input.transferDepartmentId,
    replyNeeded: input.replyNeeded,
    replyDueAt: input.replyNeeded ? input.replyDueAt : null,
    result: input.result,
  };
}

/** Feeds search: by caller name (characters and pinyin), number, serial and what was said. */
export function indexCall(tx: SearchIndexer, row: CallRow): void {
  tx.index({
    module: 'calls',
    entityId: row.id,
    title: row.callerName || row.phone,
    subtitle: row.summary.slice(0, 40),
    tag: row.category,
    // The category's words in every language, so typing 报修 (or "repair") finds repair calls.
    text: [...tagWords('calls', 'category', row.category), row.serialNo, row.summary, row.transferredTo, row.result]
      .filter(Boolean)
      .join(' '),
    names: row.callerName ? [row.callerName] : [],
    phones: [row.phone],
    at: row.startedAt,
    voided: row.voidedAt !== null,
  });
}

/** The callback an outgoing call answers must be promised, live and still open; checked inside the write. */
function loadOpenCallback(ctx: ServiceContext, id: string): CallView {
  const target = getCall(ctx, id);
  if (target.voidedAt !== null) throw refuse('errors.callbackVoided', 'answersCallId');
  if (!target.replyNeeded) throw refuse('errors.notACallback', 'answersCallId');
  if (target.replyClosedAt !== null) throw refuse('errors.callbackAlreadyClosed', 'answersCallId');
  return target;
}

/**
 * Writes a logged call inside the caller's transaction (with its search entry, and closing the callback it
 * answers): `logCall`'s own write, and a return visit of the day's call list, which is logged as an outgoing call.
 */
export function insertCall(ctx: ServiceContext, tx: WriteTx, actor: Actor, input: LogInput): CallRow {
  const startedAt = input.startedAt ?? tx.now;
  checkTimes(tx.now, input, startedAt);
  const answers = input.answersCallId ? loadOpenCallback(ctx, input.answersCallId) : null;
  const row = tx.insert('calls', {
    id: newId(),
    serialNo: tx.serial(CALL_SERIAL_PREFIX),
    startedAt,
    ...recordColumns(input),
    replyClosedAt: null,
    answeredByCallId: null,
    answersCallId: answers?.id ?? null,
    complaintId: null,
    clerkId: actor.clerkId,
    shiftId: actor.shiftId,
    createdAt: tx.now,
    updatedAt: tx.now,
    voidedAt: null,
    voidReason: null,
    voidedBy: null,
  });
  indexCall(tx, row);
  if (answers) {
    const { after } = tx.update(
      'calls',
      answers.id,
      { replyClosedAt: tx.now, answeredByCallId: row.id, result: input.result },
      { note: 'callback_closed' },
    );
    indexCall(tx, after);
  }
  return row;
}

export function logCall(ctx: ServiceContext, actor: Actor, input: LogInput): CallView {
  const id = write(ctx, actor, (tx) => insertCall(ctx, tx, actor, input).id);
  return getCall(ctx, id);
}

function loadLive(ctx: ServiceContext, id: string): CallView {
  const call = getCall(ctx, id);
  if (call.voidedAt !== null) throw refuse('errors.callVoided');
  return call;
}

/** An edit: the fields it names over the stored call; a field it leaves out keeps its value. */
export function updateCall(ctx: ServiceContext, actor: Actor, input: UpdateInput): CallView {
  write(ctx, actor, (tx) => {
    const current = loadLive(ctx, input.id);
    const changed = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const merged: CallFields & { startedAt: number } = { ...current, ...changed };
    checkTimes(tx.now, merged, merged.startedAt);
    if (merged.replyNeeded && merged.replyDueAt === null) throw refuse('errors.replyDueRequired', 'replyDueAt');
    // A callback already answered stays a callback: its closing call points at it.
    if (current.replyClosedAt !== null && !merged.replyNeeded)
      throw refuse('errors.callbackAlreadyClosed', 'replyNeeded');
    const { after } = tx.update('calls', input.id, { ...recordColumns(merged), startedAt: merged.startedAt });
    indexCall(tx, after);
  });
  return getCall(ctx, input.id);
}

/**
 * Voiding keeps the record (nothing is deleted). Voiding the outgoing call that closed a callback reopens that
 * callback, so a promise is never lost through a mistaken record.
 */
export function voidCall(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): CallView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  if (!input.reason.trim()) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const current = loadLive(ctx, input.id);
    const { after } = tx.update(
      'calls',
      input.id,
      { voidedAt: tx.now, voidReason: input.reason.trim(), voidedBy: actor.clerkId },
      { action: 'void', note: input.reason.trim() },
    );
    indexCall(tx, after);
    if (current.answersCallId) {
      const answered = getCall(ctx, current.answersCallId);
      if (answered.answeredByCallId === current.id && answered.voidedAt === null) {
        const reopened = tx.update(
          'calls',
          answered.id,
          { replyClosedAt: null, answeredByCallId: null, result: '' },
          { note: 'callback_reopened' },
        );
        indexCall(tx, reopened.after);
      }
    }
  });
  return getCall(ctx, input.id);
}
