import type { z } from 'zod';
import type { announcements } from '../../../db/schema';
import {
  ANNOUNCEMENTS_SERIAL_PREFIX,
  type AnnouncementView,
  type closeLostChildInput,
  type logAnnouncementInput,
  type stepInput,
  type updateAnnouncementInput,
} from '../../../shared/contract/announcements';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import { auditPrint } from '../print-record';
import { protectIdNumber } from '../reception/id-documents';
import type { SearchIndexer } from '../sync/module-sync';
import { type WriteTx, write } from '../write';
import { getAnnouncement } from './queries';
import { getTemplate } from './templates';

type AnnouncementRow = typeof announcements.$inferSelect;
/** A step may be written down a little after it happened, never ahead of the clock. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export function indexAnnouncement(tx: SearchIndexer, row: AnnouncementRow): void {
  const lostChild = row.kind === 'lost_child';
  tx.index({
    module: 'announcements',
    entityId: row.id,
    title: lostChild && row.childName ? row.childName : row.requesterName,
    subtitle: `${row.serialNo} · ${row.text.slice(0, 40)}`,
    tag: row.kind,
    text: [row.serialNo, row.text, row.childDescription, row.lastSeenPlace].join(' '),
    names: [row.requesterName, row.childName, row.handedToName ?? ''].filter(Boolean),
    phones: row.requesterPhone ? [row.requesterPhone] : [],
    at: row.createdAt,
    voided: row.voidedAt !== null,
  });
}

function step(
  tx: WriteTx,
  actor: Actor,
  announcementId: string,
  values: { step: AnnouncementView['steps'][number]['step']; at: number; who: string; note?: string },
) {
  tx.insert('lostChildSteps', {
    id: newId(),
    announcementId,
    step: values.step,
    at: values.at,
    who: values.who,
    note: values.note ?? '',
    clerkId: actor.clerkId,
    createdAt: tx.now,
  });
}

/**
 * 广播登记: logged as the clerk reads it (read once). A lost child opens a case: its first step, the announcement,
 * is recorded with it, and it stays open (header, handover sheet) until closed.
 */
export function logAnnouncement(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof logAnnouncementInput>,
): AnnouncementView {
  if (input.templateId && getTemplate(ctx, input.templateId).kind !== input.kind)
    throw refuse('errors.announcementTemplateKind', 'templateId');
  const lostChild = input.kind === 'lost_child';
  if (lostChild && !input.childDescription) throw refuse('errors.lostChildDescription', 'childDescription');
  if (lostChild && !input.requesterPhone) throw refuse('errors.lostChildPhone', 'requesterPhone');
  const id = write(ctx, actor, (tx) => {
    const row = tx.insert('announcements', {
      id: newId(),
      serialNo: tx.serial(ANNOUNCEMENTS_SERIAL_PREFIX),
      kind: input.kind,
      templateId: input.templateId,
      text: input.text,
      requesterName: input.requesterName,
      requesterPhone: input.requesterPhone,
      timesRead: 1,
      lastReadAt: tx.now,
      status: lostChild ? 'open' : 'logged',
      childName: lostChild ? input.childName : '',
      childAge: lostChild ? input.childAge : null,
      childGender: lostChild ? input.childGender : null,
      childDescription: lostChild ? input.childDescription : '',
      lastSeenPlace: lostChild ? input.lastSeenPlace : '',
      lastSeenAt: lostChild ? input.lastSeenAt : null,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    if (lostChild) step(tx, actor, row.id, { step: 'broadcast', at: tx.now, who: actor.name });
    indexAnnouncement(tx, row);
    return row.id;
  });
  return getAnnouncement(ctx, id);
}

function assertNotVoided(item: AnnouncementView): void {
  if (item.voidedAt !== null) throw refuse('errors.announcementVoided');
}

function assertOpenCase(item: AnnouncementView): void {
  assertNotVoided(item);
  if (item.kind !== 'lost_child') throw refuse('errors.lostChildOnly');
  if (item.status !== 'open') throw refuse('errors.lostChildClosed');
}

/** Corrects what was logged; the writer refuses an edit based on an older version and audits each changed field. */
export function updateAnnouncement(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof updateAnnouncementInput>,
): AnnouncementView {
  const before = getAnnouncement(ctx, input.id);
  assertNotVoided(before);
  const lostChild = before.kind === 'lost_child';
  if (lostChild && !input.childDescription) throw refuse('errors.lostChildDescription', 'childDescription');
  if (lostChild && !input.requesterPhone) throw refuse('errors.lostChildPhone', 'requesterPhone');
  write(ctx, actor, (tx) => {
    const { after } = tx.update('announcements', input.id, {
      text: input.text,
      requesterName: input.requesterName,
      requesterPhone: input.requesterPhone,
      ...(lostChild ? { childDescription: input.childDescription, lastSeenPlace: input.lastSeenPlace } : {}),
      updatedAt: tx.now,
    });
    indexAnnouncement(tx, after);
  });
  return getAnnouncement(ctx, input.id);
}

/** 再次播报: counted; for a lost child each reading is also a step of the case. */
export function readAgain(ctx: ServiceContext, actor: Actor, id: string): AnnouncementView {
  const before = getAnnouncement(ctx, id);
  assertNotVoided(before);
  if (before.status === 'closed') throw refuse('errors.lostChildClosed');
  write(ctx, actor, (tx) => {
    tx.update(
      'announcements',
      id,
      { timesRead: before.timesRead + 1, lastReadAt: tx.now, updatedAt: tx.now },
      { action: 'event', note: 'read' },
    );
    if (before.kind === 'lost_child') step(tx, actor, id, { step: 'broadcast', at: tx.now, who: actor.name });
  });
  return getAnnouncement(ctx, id);
}

/** A step of the lost-child procedure; the hand-over itself is recorded by closing the case. */
export function recordStep(ctx: ServiceContext, actor: Actor, input: z.output<typeof stepInput>): AnnouncementView {
  const before = getAnnouncement(ctx, input.id);
  assertOpenCase(before);
  if (input.step === 'handed') throw refuse('errors.lostChildHandOverByClose', 'step');
  const now = ctx.clock.now();
  const at = input.at ?? now;
  if (at > now + FUTURE_TOLERANCE_MS) throw refuse('errors.stepInFuture', 'at');
  if (at < before.createdAt - 24 * 3600 * 1000) throw refuse('errors.stepBeforeCase', 'at');
  write(ctx, actor, (tx) => {
    assertOpenCase(getAnnouncement(ctx, input.id));
    step(tx, actor, input.id, { step: input.step, at, who: input.who, note: input.note });
  });
  return getAnnouncement(ctx, input.id);
}

/**
 * 结案: handed to a guardian (after the child was found: name, relation and ID, stored masked plus a keyed hash),
 * to the police, or otherwise with a note.
 */
export function closeLostChild(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof closeLostChildInput>,
): AnnouncementView {
  const before = getAnnouncement(ctx, input.id);
  assertOpenCase(before);
  const toGuardian = input.outcome === 'guardian';
  if (toGuardian && !before.steps.some((s) => s.step === 'found')) throw refuse('errors.lostChildNotFound', 'outcome');
  if (toGuardian && !input.idNumber) throw refuse('errors.guardianIdRequired', 'idNumber');
  if (!toGuardian && !input.note) throw refuse('errors.lostChildCloseNote', 'note');
  const id = toGuardian ? protectIdNumber(ctx, input.idNumber) : { idMasked: '', idHash: null };
  write(ctx, actor, (tx) => {
    assertOpenCase(getAnnouncement(ctx, input.id));
    if (toGuardian)
      step(tx, actor, input.id, {
        step: 'handed',
        at: tx.now,
        who: actor.name,
        note: `${input.handedToName}（${input.handedToRelation}）`,
      });
    const { after } = tx.update(
      'announcements',
      input.id,
      {
        status: 'closed',
        outcome: input.outcome,
        handedToName: toGuardian ? input.handedToName : null,
        handedToRelation: toGuardian ? input.handedToRelation : null,
        handedToIdType: toGuardian ? input.idType : null,
        handedToIdMasked: toGuardian ? id.idMasked : null,
        handedToIdHash: toGuardian ? id.idHash : null,
        closeNote: input.note || null,
        closedAt: tx.now,
        closedBy: actor.clerkId,
        updatedAt: tx.now,
      },
      { action: 'status', note: 'closed' },
    );
    indexAnnouncement(tx, after);
  });
  return getAnnouncement(ctx, input.id);
}

export function voidAnnouncement(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reason: string },
): AnnouncementView {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    assertNotVoided(getAnnouncement(ctx, input.id));
    const { after } = tx.update(
      'announcements',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId, updatedAt: tx.now },
      { action: 'void', note: reason },
    );
    indexAnnouncement(tx, after);
  });
  return getAnnouncement(ctx, input.id);
}

/** The lost-child case record (走失儿童处置记录) prints on A4; its prints are audited. */
export function recordAnnouncementPrint(ctx: ServiceContext, actor: Actor, id: string): { reprint: boolean } {
  const item = getAnnouncement(ctx, id);
  return auditPrint(ctx, actor, 'announcements', id, item.serialNo);
}
