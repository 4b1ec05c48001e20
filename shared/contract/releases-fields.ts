import { z } from 'zod';
import { idSchema } from './fields';

/** Value lists of goods release passes (大件物品放行条), kept apart so the schema and the contract agree without db/. */
export const releaseHolderKindValues = ['owner', 'tenant', 'shop'] as const;
export const releaseReasonValues = ['move_out', 'repair_out', 'return_goods', 'other'] as const;
/** How the unit's owner or the shop's manager authorised the goods leaving. */
export const releaseApprovalMethodValues = ['present', 'phone', 'written'] as const;
/** 已开具 (waiting at the gate) → 已放行 (the guard checked the goods) or 门岗拦下 (they did not match the pass). */
export const releaseStatusValues = ['issued', 'exited', 'stopped'] as const;

export const releasesValueLists = {
  holderKind: releaseHolderKindValues,
  reason: releaseReasonValues,
  approvalMethod: releaseApprovalMethodValues,
  status: releaseStatusValues,
};

export type ReleaseHolderKind = (typeof releaseHolderKindValues)[number];
export type ReleaseReason = (typeof releaseReasonValues)[number];
export type ReleaseApprovalMethod = (typeof releaseApprovalMethodValues)[number];
export type ReleaseStatus = (typeof releaseStatusValues)[number];

export const releaseCursorSchema = z.object({ issuedAt: z.number().int(), id: idSchema });
export type ReleaseCursor = z.infer<typeof releaseCursorSchema>;

/** Lines on one pass: a paper 放行条 has room for about a dozen. */
export const RELEASE_MAX_ITEMS = 12;
