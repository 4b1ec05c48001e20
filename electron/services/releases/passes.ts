import type { z } from 'zod';
import type { releasePasses } from '../../../db/schema';
import type {
  checkReleaseInput,
  issueReleaseInput,
  ReleasePassDetail,
  ReleasePassView,
  updateReleaseInput,
} from '../../../shared/contract/releases';
import { hasRole } from '../../../shared/contract/roles';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { tagWords } from '../search/indexer';
import type { SearchIndexer } from '../sync/module-sync';
import { write } from '../write';
import { getPass, getPassDetail, holdOf, siteToday } from './queries';

type PassRow = typeof releasePasses.$inferSelect;
type IssueInput = z.output<typeof issueReleaseInput>;
type UpdateInput = z.output<typeof updateReleaseInput>;
type CheckInput = z.output<typeof checkReleaseInput>;

export const RELEASE_SERIAL_PREFIX = 'FX';
/** A pass is written for today or a day soon after (a move booked with the desk); more is a typing mistake. */
const MAX_DAYS_AHEAD = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Feeds search: applicant (characters and pinyin), phone, serial, unit, plate, reason and the goods. */
export function indexPass(tx: SearchIndexer, row: PassRow, itemNames: string[]): void {
  tx.index({
    module: 'releases',
    entityId: row.id,
    title: row.holderName,
    subtitle: `${row.unit} · ${itemNames.join('、').slice(0, 30)}`,
    tag: row.reason,
    text: [...tagWords('releases', 'reason', row.reason), row.serialNo, row.unit, row.vehiclePlate, ...itemNames]
      .filter(Boolean)
      .join(' '),
    names: [row.holderName],
    phones: [row.phone],
    at: row.issuedAt,
    voided: row.voidedAt !== null,
  });
}

export function itemNamesOf(ctx: Pick<ServiceContext, 'sqlite'>, id: string): string[] {
  return ctx.sqlite
    .prepare('select name from release_items where pass_id = ? order by line_no')
    .pluck()
    .all(id) as string[];
}

function checkDay(ctx: ServiceContext, day: string, now: number): void {
  if (day < siteToday(ctx, now)) throw refuse('errors.releaseDayPast', 'validDay');
  if (day > siteToday(ctx, now + MAX_DAYS_AHEAD * DAY_MS))
    throw refuse('errors.releaseDayTooFar', 'validDay', { days: MAX_DAYS_AHEAD });
}

function checkShop(ctx: ServiceContext, input: { holderKind: string; shopId: string | null }): void {
  if (input.holderKind === 'shop' && !input.shopId) throw refuse('errors.required', 'shopId');
  if (input.shopId) {
    const shop = ctx.sqlite.prepare('select active from shops where id = ?').get(input.shopId) as
      | { active: number }
      | undefined;
    if (shop?.active !== 1) throw refuse('errors.releaseShopInactive', 'shopId');
  }
}

/** A pass that can still be changed: not voided, not yet through the gate. */
function loadWaiting(ctx: ServiceContext, id: string): ReleasePassView {
  const pass = getPass(ctx, id);
  if (pass.voidedAt !== null) throw refuse('errors.releaseVoided');
  if (pass.status !== 'issued') throw refuse('errors.releaseChecked');
  return pass;
}

/**
 * 开具放行条: the goods and who authorised them, with a lead's PIN; a unit with a supervisor's note (move-out
 * procedures not settled) is refused until the clerk has read the note, and the pass carries it.
 */
export function issuePass(ctx: ServiceContext, actor: Actor, input: IssueInput): ReleasePassDetail {
  if (!input.approval) throw refuse('errors.releaseApproval', 'approval');
  const checkRules = (now: number) => {
    checkDay(ctx, input.validDay, now);
    checkShop(ctx, input);
    const hold = holdOf(ctx, input.unit);
    if (hold && !input.holdAcknowledged) throw refuse('errors.releaseUnitHold', 'unit', { note: hold.note });
    return hold;
  };
  checkRules(ctx.clock.now());
  // The PIN is checked before the write: a wrong one is counted in its own transaction, which this one must not undo.
  const approver = approveWithPin(ctx, actor, input.approval, 'lead');
  const id = write(ctx, actor, (tx) => {
    const hold = checkRules(tx.now);
    const row = tx.insert('releasePasses', {
      id: newId(),
      serialNo: tx.serial(RELEASE_SERIAL_PREFIX),
      issuedAt: tx.now,
      holderKind: input.holderKind,
      holderName: input.holderName,
      phone: input.phone,
      unit: input.unit,
      shopId: input.holderKind === 'shop' ? input.shopId : null,
      reason: input.reason,
      reasonNote: input.reasonNote,
      vehiclePlate: input.vehiclePlate,
      validDay: input.validDay,
      approverName: input.approverName,
      approvalMethod: input.approvalMethod,
      approvedBy: approver.id,
      unitFlag: hold?.note ?? '',
      status: 'issued',
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    input.items.forEach((item, index) => {
      tx.insert('releaseItems', {
        id: newId(),
        passId: row.id,
        lineNo: index + 1,
        name: item.name,
        quantity: item.quantity,
        createdAt: tx.now,
      });
    });
    indexPass(
      tx,
      row,
      input.items.map((x) => x.name),
    );
    return row.id;
  });
  return getPassDetail(ctx, id);
}

/** Corrects the phone, plate, reason's details or day while the pass waits; the approved goods stay as they are. */
export function updatePass(ctx: ServiceContext, actor: Actor, input: UpdateInput): ReleasePassDetail {
  write(ctx, actor, (tx) => {
    const current = loadWaiting(ctx, input.id);
    if (input.validDay !== current.validDay) checkDay(ctx, input.validDay, tx.now);
    const { after } = tx.update('releasePasses', input.id, {
      phone: input.phone,
      vehiclePlate: input.vehiclePlate,
      reasonNote: input.reasonNote,
      validDay: input.validDay,
    });
    indexPass(tx, after, itemNamesOf(ctx, input.id));
  });
  return getPassDetail(ctx, input.id);
}

/**
 * 门岗查验: the guard compared the goods with the pass. Matched lets them out (已放行); a mismatch stops them
 * (门岗拦下) with what was wrong. A pass is checked once, and only on its day.
 */
export function checkPass(ctx: ServiceContext, actor: Actor, input: CheckInput): ReleasePassDetail {
  write(ctx, actor, (tx) => {
    const current = loadWaiting(ctx, input.id);
    const today = siteToday(ctx, tx.now);
    if (input.matched && current.validDay !== today)
      throw refuse(current.validDay < today ? 'errors.releaseExpired' : 'errors.releaseNotYet', 'matched', {
        day: current.validDay,
      });
    const to = input.matched ? 'exited' : 'stopped';
    tx.update(
      'releasePasses',
      input.id,
      {
        status: to,
        exitCheckedAt: tx.now,
        exitCheckedBy: actor.clerkId,
        guardName: input.guardName,
        exitNote: input.note,
      },
      { action: 'status', note: `issued→${to}` },
    );
  });
  return getPassDetail(ctx, input.id);
}

/** Voiding keeps the pass and its goods (nothing is deleted); a lead or above, with a reason. */
export function voidPass(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }): ReleasePassDetail {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const current = getPass(ctx, input.id);
    if (current.voidedAt !== null) throw refuse('errors.releaseVoided');
    if (current.status === 'exited') throw refuse('errors.releaseExited');
    const { after } = tx.update(
      'releasePasses',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    indexPass(tx, after, itemNamesOf(ctx, input.id));
  });
  return getPassDetail(ctx, input.id);
}

/** A printed pass is audited (who, when, which pass). */
export function passPrinted(ctx: ServiceContext, actor: Actor, id: string): { ok: true } {
  write(ctx, actor, (tx) => {
    const pass = getPass(ctx, id);
    tx.event('releasePasses', id, 'printed', { serialNo: pass.serialNo });
  });
  return { ok: true };
}
