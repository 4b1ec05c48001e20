import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import {
  editVersionSchema,
  idSchema,
  optionalText,
  phoneSchema,
  pinSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionedIfEdit,
  versionOnEdit,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { contractModule } from './module';
import { calendarDaySchema } from './money';
import { isValidPlate, normalisePlate } from './reception-fields';
import {
  RELEASE_MAX_ITEMS,
  releaseApprovalMethodValues,
  releaseCursorSchema,
  releaseHolderKindValues,
  releaseReasonValues,
  releaseStatusValues,
} from './releases-fields';
import { releasesLabels } from './releases-labels';
import type { ReleaseCounts, ReleasePage, ReleasePassDetail, ReleaseUnitHoldView } from './releases-views';

export * from './releases-fields';
export type * from './releases-views';

const required = { error: 'errors.required' };

/** A lead's (or higher) PIN at the counter: the pass is not valid without it. */
export const releaseApprovalSchema = z.object({ clerkId: idSchema, pin: pinSchema }, required);

/** A vehicle plate, checked as a Chinese plate; empty when the goods are carried out. */
export const optionalPlateSchema = z
  .string()
  .max(12, 'errors.plateFormat')
  .default('')
  .transform((v) => normalisePlate(v))
  .refine((v) => v === '' || isValidPlate(v), 'errors.plateFormat');

export const releaseItemInput = z.object({
  name: requiredText(40),
  quantity: z
    .number({ error: 'errors.required' })
    .int('errors.wholeNumber')
    .min(1, 'errors.atLeastOne')
    .max(999, 'errors.tooLarge'),
});

/** A unit as clerks write it (3 栋 1202): spaces are kept single, so a supervisor's note finds the same unit. */
export const unitSchema = requiredText(40).transform((v) => v.replace(/\s+/g, ' '));

const passFields = {
  holderKind: z.enum(releaseHolderKindValues, required),
  holderName: requiredText(40),
  phone: phoneSchema,
  unit: unitSchema,
  shopId: idSchema.nullable().default(null),
  reason: z.enum(releaseReasonValues, required),
  reasonNote: optionalText(100),
  vehiclePlate: optionalPlateSchema,
  validDay: calendarDaySchema,
};

export const issueReleaseInput = z
  .object({
    ...passFields,
    items: z
      .array(releaseItemInput)
      .min(1, 'errors.releaseNoItems')
      .max(RELEASE_MAX_ITEMS, 'errors.releaseTooManyItems'),
    /** Who authorised it: the unit's owner or the shop's manager, and how. */
    approverName: requiredText(40),
    approvalMethod: z.enum(releaseApprovalMethodValues, required),
    /** Checked at its field (not with the object's rules), so a missing approval shows beside the other refusals. */
    approval: releaseApprovalSchema
      .nullable()
      .default(null)
      .refine((v): boolean => v !== null, 'errors.releaseApproval'),
    /** The clerk has read the unit's note (unpaid move-out procedures) and issues the pass anyway. */
    holdAcknowledged: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'other' && !v.reasonNote)
      ctx.addIssue({ code: 'custom', path: ['reasonNote'], message: 'errors.releaseReasonNote' });
  });
export type IssueReleaseInput = z.input<typeof issueReleaseInput>;

/** What may be corrected while the pass waits at the gate; the items are what was approved and stay. */
export const updateReleaseInput = z.object({
  id: idSchema,
  version: versionSchema,
  phone: phoneSchema,
  vehiclePlate: optionalPlateSchema,
  reasonNote: optionalText(100),
  validDay: calendarDaySchema,
});
export type UpdateReleaseInput = z.input<typeof updateReleaseInput>;

/** The gate's check: the guard who looked, whether the goods matched the pass; a mismatch says what was wrong. */
export const checkReleaseInput = z
  .object({
    id: idSchema,
    version: versionSchema,
    guardName: requiredText(20),
    matched: z.boolean(required),
    note: optionalText(200),
  })
  .refine((v) => v.matched || v.note.length > 0, { path: ['note'], message: 'errors.releaseMismatchNote' });
export type CheckReleaseInput = z.input<typeof checkReleaseInput>;

export const listReleasesInput = z.object({
  status: z.enum(releaseStatusValues, required).nullable().default(null),
  reason: z.enum(releaseReasonValues, required).nullable().default(null),
  /** Issued and still waiting at the gate (including expired ones). */
  onlyWaiting: z.boolean().default(false),
  text: searchTextSchema(40).default(''),
  cursor: releaseCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListReleasesInput = z.input<typeof listReleasesInput>;

export const unitHoldInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    unit: unitSchema,
    note: requiredText(100),
    active: z.boolean().default(true),
  })
  .superRefine(versionOnEdit);
export type UnitHoldInput = z.input<typeof unitHoldInput>;

const byId = z.object({ id: idSchema });

export const releasesContract = {
  'releases:issue': channel<ReleasePassDetail>()(issueReleaseInput, 'session', {
    pins: (input) => [input.approval],
  }),
  'releases:update': channel<ReleasePassDetail>()(updateReleaseInput, 'session', {
    versioned: versionedBy('releasePasses'),
  }),
  'releases:check': channel<ReleasePassDetail>()(checkReleaseInput, 'session', {
    versioned: versionedBy('releasePasses'),
  }),
  'releases:void': channel<ReleasePassDetail>()(
    byId.extend({ version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('releasePasses') },
  ),
  'releases:printed': channel<{ ok: true }>()(byId, 'session'),
  'releases:get': channel<ReleasePassDetail>()(byId, 'session'),
  'releases:list': channel<ReleasePage>()(listReleasesInput, 'session'),
  'releases:attention': channel<ReleaseCounts>()(z.object({}), 'session'),
  'releases:unitHold': channel<ReleaseUnitHoldView | null>()(
    z.object({
      unit: z
        .string()
        .max(40, messageWithParams('errors.tooLong', { max: 40 }))
        .default(''),
    }),
    'session',
  ),
  'releases:holds': channel<ReleaseUnitHoldView[]>()(z.object({}), 'session'),
  'releases:saveHold': channel<ReleaseUnitHoldView>()(unitHoldInput, 'supervisor', {
    versioned: versionedIfEdit('releaseUnitHolds'),
  }),
};

export const releasesModule = contractModule('releases', {
  channels: releasesContract,
  labels: releasesLabels,
  searchTag: 'reason',
});
