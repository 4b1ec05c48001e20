import { z } from 'zod';
import { satisfactionValues } from './complaint-fields';
import { idSchema } from './fields';

/** Value lists of repair work orders (报修派工单), kept apart so the schema and the contract agree without db/. */
export const repairLocationKindValues = ['unit', 'shop', 'public'] as const;
export const repairCategoryValues = [
  'plumbing_electric',
  'air_conditioning',
  'doors_windows',
  'elevator',
  'public_facility',
  'other',
] as const;
export const repairUrgencyValues = ['urgent', 'normal'] as const;
/** 待派工 → 已派工 → 已到场 → 已完工 → 已回访 → 关闭; an unsatisfied return visit sends it back to 已派工. */
export const repairStatusValues = ['pending', 'dispatched', 'arrived', 'completed', 'followed_up', 'closed'] as const;
export const repairSourceValues = ['direct', 'visit', 'call'] as const;
export const repairEventKindValues = [
  'created',
  'dispatched',
  'arrived',
  'completed',
  'followed_up',
  'reopened',
  'closed',
  'voided',
] as const;
/**
 * Why an open order is escalated (shown red on the list, the handover sheet and the supervisor's tab): not dispatched
 * by its target arrival, dispatched but the team not there by then, or not completed by its completion limit.
 */
export const repairEscalationValues = ['dispatch', 'arrival', 'completion'] as const;
/** The five levels every return visit uses (the complaints' scale). */
export const repairSatisfactionValues = satisfactionValues;

export const repairsValueLists = {
  locationKind: repairLocationKindValues,
  category: repairCategoryValues,
  urgency: repairUrgencyValues,
  status: repairStatusValues,
  source: repairSourceValues,
  eventKind: repairEventKindValues,
  satisfaction: repairSatisfactionValues,
  escalation: repairEscalationValues,
};

export type RepairLocationKind = (typeof repairLocationKindValues)[number];
export type RepairCategory = (typeof repairCategoryValues)[number];
export type RepairUrgency = (typeof repairUrgencyValues)[number];
export type RepairStatus = (typeof repairStatusValues)[number];
export type RepairSource = (typeof repairSourceValues)[number];
export type RepairEventKind = (typeof repairEventKindValues)[number];
export type RepairEscalation = (typeof repairEscalationValues)[number];

/** The moves each status allows; everything else is refused. */
export const repairMoves: Record<RepairStatus, readonly RepairStatus[]> = {
  pending: ['dispatched'],
  dispatched: ['dispatched', 'arrived'],
  arrived: ['completed'],
  completed: ['followed_up', 'dispatched'],
  followed_up: ['closed'],
  closed: [],
};

export function canMoveRepair(from: RepairStatus, to: RepairStatus): boolean {
  return repairMoves[from].includes(to);
}

/** Statuses waiting for the team to arrive: these can be overdue against the target arrival. */
export const awaitingArrival: readonly RepairStatus[] = ['pending', 'dispatched'];

/** An unsatisfied return visit reopens the order. */
export function reopensOrder(satisfaction: (typeof satisfactionValues)[number]): boolean {
  return satisfaction === 'dissatisfied' || satisfaction === 'very_dissatisfied';
}

export const repairCursorSchema = z.object({ reportedAt: z.number().int(), id: idSchema });
export type RepairCursor = z.infer<typeof repairCursorSchema>;

/**
 * The desk's time limits in minutes, counted in desk hours (a limit that would fall while the desk is closed goes on
 * at the next opening with what was left of it): from the report to the team's arrival and to completion, per
 * urgency, and from completion to the return visit (回访) falling due.
 */
export const defaultRepairSettings = {
  targetMinutes: { urgent: 15, normal: 8 * 60 },
  completeMinutes: { urgent: 4 * 60, normal: 24 * 60 },
  followUpMinutes: 4 * 60,
};
