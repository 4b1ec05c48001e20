import type { z } from 'zod';
import type { completeRepairInput, followUpRepairInput, RepairOrderDetail } from '../../../shared/contract/repairs';
import { reopensOrder } from '../../../shared/contract/repairs';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { write } from '../write';
import { loadLive, move } from './orders';
import { getOrderDetail } from './queries';
import { completeBy, followUpDue, targetArrival } from './settings';
import { activeTeam } from './teams';

const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** 派工: to an active team; an order already dispatched may be passed to another team before it arrives. */
export function dispatchOrder(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; teamId: string; note: string },
): RepairOrderDetail {
  write(ctx, actor, (tx) => {
    const team = activeTeam(ctx, input.teamId);
    const current = loadLive(ctx, input.id);
    if (current.status === 'dispatched' && current.teamId === team.id) throw refuse('errors.repairSameTeam', 'teamId');
    move(
      ctx,
      tx,
      input.id,
      'dispatched',
      'dispatched',
      {
        teamId: team.id,
        dispatchedAt: tx.now,
        dispatchedBy: actor.clerkId,
      },
      [team.name, input.note].filter(Boolean).join('：'),
    );
  });
  return getOrderDetail(ctx, input.id);
}

/** 到场: the team is there; the time may be typed (the team called in) but not before dispatch nor in the future. */
export function arriveOrder(ctx: ServiceContext, actor: Actor, input: { id: string; at?: number }): RepairOrderDetail {
  write(ctx, actor, (tx) => {
    const current = loadLive(ctx, input.id);
    const at = input.at ?? tx.now;
    if (at > tx.now + FUTURE_TOLERANCE_MS) throw refuse('errors.futureTime', 'at');
    if (current.dispatchedAt !== null && at < current.dispatchedAt)
      throw refuse('errors.repairArrivalBeforeDispatch', 'at');
    move(ctx, tx, input.id, 'arrived', 'arrived', { arrivedAt: at, arrivedBy: actor.clerkId });
  });
  return getOrderDetail(ctx, input.id);
}

/** 完工: what was done, materials, the fee in fen and whether the customer confirmed the work. */
export function completeOrder(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof completeRepairInput>,
): RepairOrderDetail {
  write(ctx, actor, (tx) => {
    move(
      ctx,
      tx,
      input.id,
      'completed',
      'completed',
      {
        completedAt: tx.now,
        completedBy: actor.clerkId,
        followUpDueAt: followUpDue(ctx, tx.now),
        workDone: input.workDone,
        materials: input.materials,
        feeFen: input.fee,
        customerConfirmed: input.customerConfirmed,
      },
      input.workDone,
    );
  });
  return getOrderDetail(ctx, input.id);
}

/**
 * 回访: the customer's satisfaction. 不满意 or 非常不满意 reopens the order: it goes back to the same team (已派工)
 * with new limits counted from now, and the reason is on its timeline.
 */
export function followUpOrder(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof followUpRepairInput>,
): RepairOrderDetail {
  write(ctx, actor, (tx) => {
    const current = loadLive(ctx, input.id);
    const visit = {
      followedUpAt: tx.now,
      followedUpBy: actor.clerkId,
      satisfaction: input.satisfaction,
      followUpNote: input.note,
    };
    if (!reopensOrder(input.satisfaction)) {
      move(ctx, tx, input.id, 'followed_up', 'followed_up', visit, input.note);
      return;
    }
    if (!input.note) throw refuse('errors.repairReopenReason', 'note');
    move(
      ctx,
      tx,
      input.id,
      'dispatched',
      'reopened',
      {
        ...visit,
        arrivedAt: null,
        arrivedBy: null,
        completedAt: null,
        completedBy: null,
        followUpDueAt: null,
        customerConfirmed: null,
        dispatchedAt: tx.now,
        dispatchedBy: actor.clerkId,
        reopenCount: current.reopenCount + 1,
        targetArrivalAt: targetArrival(ctx, current.urgency, tx.now),
        completeByAt: completeBy(ctx, current.urgency, tx.now),
      },
      input.note,
    );
  });
  return getOrderDetail(ctx, input.id);
}

/** 关闭: after the return visit. */
export function closeOrder(ctx: ServiceContext, actor: Actor, input: { id: string; note: string }): RepairOrderDetail {
  write(ctx, actor, (tx) => {
    move(ctx, tx, input.id, 'closed', 'closed', { closedAt: tx.now, closedBy: actor.clerkId }, input.note);
  });
  return getOrderDetail(ctx, input.id);
}
