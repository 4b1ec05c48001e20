import type { z } from 'zod';
import type { closeHandoverInput, HandoverRecord } from '../../../shared/contract/handover';
import { hasRole } from '../../../shared/contract/roles';
import { auditHead } from '../audit/log';
import { checkPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';
import { compileSheet, currentOpenShift, type ShiftRow } from './compile';
import { getHandover } from './queries';

type CloseInput = z.output<typeof closeHandoverInput>;

export interface ClosedHandover {
  handover: HandoverRecord;
  /** The shift the incoming clerk opened at the same counter; null at end of day. */
  incomingShift: ShiftRow | null;
}

/**
 * Hands the shift over in one write: the compiled sheet is stored as a snapshot, the shift is closed, and the
 * incoming clerk (who acknowledged with their PIN) gets a new shift at the same counter. Refused before anything is
 * written when the PIN is wrong, the cash difference is unexplained, or a clerk tries to close without a successor.
 */
export function closeHandover(ctx: ServiceContext, actor: Actor, input: CloseInput): ClosedHandover {
  const shift = currentOpenShift(ctx, actor);
  if (!input.incoming && !hasRole(actor.role, 'lead')) throw refuse('errors.handoverNeedsSuccessor', 'incoming');
  if (input.incoming?.clerkId === actor.clerkId) throw refuse('errors.handoverSameClerk', 'incoming');
  const preview = compileSheet(ctx, actor, shift, ctx.clock.now());
  if (input.cashCountedFen !== preview.cashExpectedFen && !input.cashDifferenceNote)
    throw refuse('errors.cashDifferenceNote', 'cashDifferenceNote');
  // The PIN last: a refusal above must not count as a wrong PIN. A wrong PIN is counted (lockout) but nothing else.
  const incoming = input.incoming ? checkPin(ctx, actor, input.incoming.clerkId, input.incoming.pin) : null;

  const id = newId();
  const incomingShift = write(ctx, actor, (tx) => {
    const sheet = compileSheet(ctx, actor, shift, tx.now);
    tx.update('shifts', shift.id, { closedAt: tx.now, closedBy: actor.clerkId }, { note: 'handover' });
    // The head after the shift's last change: a later edit of this shift's records is provable from the paper copy.
    const head = auditHead(ctx.sqlite);
    const opened = incoming
      ? tx.insert(
          'shifts',
          {
            id: newId(),
            counterId: shift.counterId,
            clerkId: incoming.id,
            openedAt: tx.now,
            closedAt: null,
            closedBy: null,
            createdAt: tx.now,
            updatedAt: tx.now,
          },
          'opened at handover',
        )
      : null;
    tx.insert('handovers', {
      id,
      serialNo: tx.serial('JJ'),
      shiftId: shift.id,
      outgoingClerkId: actor.clerkId,
      incomingClerkId: incoming?.id ?? null,
      incomingShiftId: opened?.id ?? null,
      closedAt: tx.now,
      acknowledgedAt: incoming ? tx.now : null,
      noSuccessor: !incoming,
      notes: input.notes,
      snapshot: sheet,
      cashExpectedFen: sheet.cashExpectedFen,
      cashCountedFen: input.cashCountedFen,
      cashDifferenceNote: input.cashCountedFen === sheet.cashExpectedFen ? '' : input.cashDifferenceNote,
      itemCounts: input.itemCounts,
      auditCount: head.count,
      auditHead: head.head,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    return opened;
  });
  return { handover: getHandover(ctx, id), incomingShift };
}
