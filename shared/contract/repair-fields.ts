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
};

export type RepairLocationKind = (typeof repairLocationKindValues)[number];
export type RepairCategory = (typeof repairCategoryValues)[number];
export type RepairUrgency = (typeof repairUrgencyValues)[number];
export type RepairStatus = (typeof repairStatusValues)[number];
export type RepairSource = (typeof repairSourceValues)[number];
export type RepairEventKind = (typeof repairEventKindValues)[number];

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

/** Minutes from the report to the team's arrival, per urgency (settings; defaults: 15 minutes, same day). */
export const defaultRepairSettings = { targetMinutes: { urgent: 15, normal: 8 * 60 } };
