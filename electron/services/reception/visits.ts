import type { z } from 'zod';
import type { visits } from '../../../db/schema';
import type { registerVisitInput, updateVisitInput, VisitView } from '../../../shared/contract/reception';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { newId } from '../ids';
import { type SearchDoc, tagWords } from '../search/indexer';
import type { SearchIndexer } from '../sync/module-sync';
import { write } from '../write';
import { protectIdNumber } from './id-documents';
import { getVisit } from './visit-queries';
import { findWatchMatch, watchListRefusal } from './watch-list';

type VisitRow = typeof visits.$inferSelect;
type RegisterInput = z.output<typeof registerVisitInput>;
type UpdateInput = z.output<typeof updateVisitInput>;

/** Clocks of two PCs drift, and a clerk may type "now" a little ahead; more than this is a typing mistake. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
export const VISIT_SERIAL_PREFIX = 'LF';

function checkNotFuture(now: number, at: number | null | undefined, field: string): void {
  if (at != null && at > now + FUTURE_TOLERANCE_MS) throw refuse('errors.futureTime', field);
}

/** The ID columns to store: a newly typed number, the one of an earlier visit, or (on edit) what is stored. */
function idColumns(ctx: ServiceContext, input: Pick<UpdateInput, 'idType' | 'idNumber' | 'idFromVisitId'>) {
  if (input.idNumber) return { idType: input.idType ?? null, ...protectIdNumber(ctx, input.idNumber) };
  if (input.idFromVisitId) {
    const earlier = ctx.sqlite
      .prepare('select id_type as idType, id_masked as idMasked, id_hash as idHash from visits where id = ?')
      .get(input.idFromVisitId) as Pick<VisitRow, 'idType' | 'idMasked' | 'idHash'> | undefined;
    if (earlier) return earlier;
  }
  return null;
}

type VisitRecord = Omit<RegisterInput, 'watchAcknowledged' | 'watchEntryId' | 'idNumber' | 'idFromVisitId'>;

function recordColumns(input: VisitRecord) {
  const isRepair = input.purpose === 'repair';
  return {
    visitorName: input.visitorName,
    phone: input.phone,
    organisation: input.organisation,
    partySize: input.partySize,
    purpose: input.purpose,
    visiting: input.visiting,
    shopId: input.shopId,
    badgeNo: input.badgeNo,
    plate: input.plate,
    notes: input.notes,
    repairLocation: isRepair ? input.repairLocation : '',
    repairDepartmentId: isRepair ? input.repairDepartmentId : null,
    repairFollowUpDue: isRepair ? input.repairFollowUpDue : null,
  };
}

/** The search entry of a visit: by name (characters and pinyin), phone, serial, plate, organisation. */
export function visitSearchDoc(row: VisitRow): SearchDoc {
  return {
    module: 'reception',
    entityId: row.id,
    title: row.visitorName,
    subtitle: row.visiting,
    tag: row.purpose,
    // The purpose's words in every language: typing 报修 finds repair reports.
    text: [...tagWords('reception', 'purpose', row.purpose), row.serialNo, row.plate, row.organisation, row.badgeNo]
      .concat(row.idMasked)
      .filter(Boolean)
      .join(' '),
    names: [row.visitorName],
    phones: row.phone ? [row.phone] : [],
    at: row.timeIn,
    voided: row.voidedAt !== null,
  };
}

export function indexVisit(tx: SearchIndexer, row: VisitRow): void {
  tx.index(visitSearchDoc(row));
}

export function registerVisit(ctx: ServiceContext, actor: Actor, input: RegisterInput): VisitView {
  const now = ctx.clock.now();
  checkNotFuture(now, input.timeIn, 'timeIn');
  const ids = idColumns(ctx, input) ?? { idType: null, idMasked: '', idHash: null };
  const match = findWatchMatch(ctx, { name: input.visitorName, phone: input.phone, idHash: ids.idHash });
  if (match && !(input.watchAcknowledged && input.watchEntryId === match.id)) throw watchListRefusal(match);
  const id = write(ctx, actor, (tx) => {
    const row = tx.insert('visits', {
      id: newId(),
      serialNo: tx.serial(VISIT_SERIAL_PREFIX),
      timeIn: input.timeIn ?? tx.now,
      timeOut: null,
      badgeReturned: null,
      ...recordColumns(input),
      ...ids,
      watchEntryId: match?.id ?? null,
      complaintId: null,
      anonymisedAt: null,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
    });
    if (match) tx.event('watchList', match.id, 'watch_list_acknowledged', { visitId: row.id, serialNo: row.serialNo });
    indexVisit(tx, row);
    return row.id;
  });
  return getVisit(ctx, id);
}

function loadLive(ctx: ServiceContext, id: string): VisitView {
  const visit = getVisit(ctx, id);
  if (visit.voidedAt !== null) throw refuse('errors.visitVoided');
  return visit;
}

/** An edit changes the fields it names; the others keep their stored values (the form sends only what changed). */
export function updateVisit(ctx: ServiceContext, actor: Actor, input: UpdateInput): VisitView {
  const current = loadLive(ctx, input.id);
  const changed = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<UpdateInput>;
  const merged: VisitRecord & { timeIn: number } = { ...current, ...changed, timeIn: input.timeIn ?? current.timeIn };
  checkNotFuture(ctx.clock.now(), merged.timeIn, 'timeIn');
  if (current.timeOut !== null && current.timeOut < merged.timeIn) throw refuse('errors.timeOutBeforeTimeIn', 'timeIn');
  if (merged.purpose === 'repair' && !merged.repairLocation) throw refuse('errors.required', 'repairLocation');
  // A type changed without a new number keeps the number stored under the type it was typed as.
  const ids = idColumns(ctx, input);
  write(ctx, actor, (tx) => {
    const { after } = tx.update('visits', input.id, {
      ...recordColumns(merged),
      timeIn: merged.timeIn,
      ...(ids ?? {}),
    });
    indexVisit(tx, after);
  });
  return getVisit(ctx, input.id);
}

export function signOutVisit(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; version?: number; badgeReturned: boolean; timeOut?: number },
): VisitView {
  const current = loadLive(ctx, input.id);
  if (current.timeOut !== null) throw refuse('errors.alreadySignedOut');
  const timeOut = input.timeOut ?? ctx.clock.now();
  checkNotFuture(ctx.clock.now(), timeOut, 'timeOut');
  if (timeOut < current.timeIn) throw refuse('errors.timeOutBeforeTimeIn', 'timeOut');
  write(ctx, actor, (tx) => {
    const badgeReturned = current.badgeNo ? input.badgeReturned : null;
    const { after } = tx.update('visits', input.id, { timeOut, badgeReturned }, { note: 'sign_out' });
    indexVisit(tx, after);
  });
  return getVisit(ctx, input.id);
}

/** Voiding keeps the record (nothing is deleted); the role check is the contract's, lead and up. */
export function voidVisit(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; version?: number; reason: string },
): VisitView {
  loadLive(ctx, input.id);
  if (!input.reason.trim()) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const { after } = tx.update(
      'visits',
      input.id,
      { voidedAt: tx.now, voidReason: input.reason, voidedBy: actor.clerkId },
      { action: 'void', note: input.reason },
    );
    indexVisit(tx, after);
  });
  return getVisit(ctx, input.id);
}

/** Audits that the evacuation list was printed, with how many people were on it. */
export function recordEvacuationPrint(ctx: ServiceContext, actor: Actor, count: number): { count: number } {
  write(ctx, actor, (tx) => tx.event('reception', 'evacuation_list', 'evacuation_list_printed', { count }));
  return { count };
}
