import { z } from 'zod';
import { channel } from './channel';
import {
  editVersionSchema,
  epochMs,
  idSchema,
  optionalText,
  patchOf,
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
import { checkIdDocument, idDocumentTypeValues, normaliseIdNumber } from './id-documents';
import { contractModule } from './module';
import { fenSchema } from './money';
import {
  slipLayoutValues,
  storageFilterValues,
  storageLocationKindValues,
  storageProofValues,
  storageSizeValues,
  storageTransferTargetValues,
} from './storage-fields';
import { storageLabels } from './storage-labels';
import type {
  StorageAttention,
  StorageDepositResult,
  StorageLocationView,
  StorageSettingsView,
  StorageSlipView,
} from './storage-views';

export * from './storage-fields';
export type * from './storage-views';

export const piecesSchema = z
  .number({ error: 'errors.required' })
  .int('errors.wholeNumber')
  .min(1, 'errors.atLeastOne')
  .max(99, 'errors.tooLarge');

export const claimCodeSchema = z.string({ error: 'errors.required' }).regex(/^\d{6}$/, 'errors.claimCodeFormat');

export const approvalSchema = z.object({ clerkId: idSchema, pin: pinSchema });

const slipFields = z.object({
  depositorName: requiredText(40),
  phone: phoneSchema,
  description: requiredText(200),
  pieces: piecesSchema,
  size: z.enum(storageSizeValues, { error: 'errors.required' }),
  locationId: idSchema,
  expectedPickupAt: epochMs.nullable().default(null),
});

export const depositInput = slipFields
  .extend({
    feeFen: fenSchema('storageFee').default(0),
    waivedFen: fenSchema('storageWaiver').default(0),
    /** Needed only when the waiver exceeds the clerk's limit. */
    waiverApproval: approvalSchema.nullable().default(null),
  })
  .refine((v) => v.waivedFen <= v.feeFen, { path: ['waivedFen'], error: 'errors.waiverAboveFee' });
export type DepositInput = z.input<typeof depositInput>;

/**
 * A correction of a slip: the fields the clerk changed and the version the form was based on; a field left out
 * keeps its stored value (the expected pickup keeps its seconds although the form shows minutes).
 */
export const updateSlipInput = patchOf(slipFields).extend({ id: idSchema, version: versionSchema });
export type UpdateSlipInput = z.input<typeof updateSlipInput>;

/** A hand-back: with the claim code, or for a lost slip the collector's ID and an approver's PIN. */
export const pickupInput = z
  .object({
    id: idSchema,
    pieces: piecesSchema,
    collectorName: requiredText(40),
    proof: z.enum(storageProofValues),
    claimCode: z.string().trim().default(''),
    collectorIdType: z.enum(idDocumentTypeValues).nullable().default(null),
    collectorIdNumber: z
      .string()
      .trim()
      .transform(normaliseIdNumber)
      .pipe(z.string().max(30, 'errors.tooLong'))
      .default(''),
    approval: approvalSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.proof === 'claim_code' && !/^\d{6}$/.test(v.claimCode))
      ctx.addIssue({ code: 'custom', path: ['claimCode'], message: 'errors.claimCodeFormat' });
    if (v.proof === 'lost_slip' && !v.collectorIdNumber)
      ctx.addIssue({ code: 'custom', path: ['collectorIdNumber'], message: 'errors.idNumberRequired' });
    if (v.proof === 'lost_slip')
      checkIdDocument(v.collectorIdType, v.collectorIdNumber, ctx, {
        type: 'collectorIdType',
        number: 'collectorIdNumber',
      });
    if (v.proof === 'lost_slip' && !v.approval)
      ctx.addIssue({ code: 'custom', path: ['approval'], message: 'errors.approvalRequired' });
  });
export type PickupInput = z.input<typeof pickupInput>;

/** Adds a location (no id) or edits one (its id and the version the form showed; a stale one is refused). */
export const locationInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    code: z
      .string({ error: 'errors.required' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{1,12}$/, 'errors.locationCodeFormat'),
    kind: z.enum(storageLocationKindValues, { error: 'errors.required' }),
    shared: z.boolean().default(false),
    active: z.boolean().default(true),
    note: optionalText(60),
  })
  .superRefine(versionOnEdit);
export type LocationInput = z.input<typeof locationInput>;

export const storageSettingsInput = z.object({
  feeFen: fenSchema('storageFee'),
  waiverLimitFen: fenSchema('storageWaiver'),
  claimFailuresBeforeLock: z.number().int('errors.wholeNumber').min(1, 'errors.atLeastOne').max(10, 'errors.tooLarge'),
  slipLayout: z.enum(slipLayoutValues),
});

export const listSlipsInput = z.object({
  filter: z.enum(storageFilterValues).default('open'),
  text: searchTextSchema(40).default(''),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ListSlipsInput = z.input<typeof listSlipsInput>;

export const storageContract = {
  'storage:deposit': channel<StorageDepositResult>()(depositInput, 'session', {
    pins: (input) => [input.waiverApproval],
  }),
  'storage:update': channel<StorageSlipView>()(updateSlipInput, 'session', { versioned: versionedBy('storageSlips') }),
  'storage:get': channel<StorageSlipView>()(z.object({ id: idSchema }), 'session'),
  'storage:find': channel<StorageSlipView[]>()(z.object({ query: requiredText(40) }), 'session'),
  'storage:list': channel<StorageSlipView[]>()(listSlipsInput, 'session'),
  'storage:pickup': channel<StorageSlipView>()(pickupInput, 'session', { pins: (input) => [input.approval] }),
  'storage:unlock': channel<StorageSlipView>()(
    z.object({ id: idSchema, version: versionSchema, approval: approvalSchema }),
    'session',
    { pins: (input) => [input.approval], versioned: versionedBy('storageSlips') },
  ),
  'storage:transfer': channel<StorageSlipView>()(
    z.object({
      id: idSchema,
      version: versionSchema,
      to: z.enum(storageTransferTargetValues),
      reason: voidReasonSchema,
    }),
    'supervisor',
    { versioned: versionedBy('storageSlips') },
  ),
  'storage:void': channel<StorageSlipView>()(
    z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('storageSlips') },
  ),
  'storage:printed': channel<{ reprint: boolean }>()(z.object({ id: idSchema }), 'session'),
  'storage:locations': channel<StorageLocationView[]>()(
    z.object({ includeInactive: z.boolean().default(false) }),
    'session',
  ),
  'storage:saveLocation': channel<StorageLocationView>()(locationInput, 'supervisor', {
    versioned: versionedIfEdit('storageLocations'),
  }),
  'storage:settings': channel<StorageSettingsView>()(z.object({}), 'session'),
  'storage:saveSettings': channel<StorageSettingsView>()(storageSettingsInput, 'supervisor'),
  'storage:attention': channel<StorageAttention>()(z.object({}), 'session'),
};

export const storageModule = contractModule('storage', { channels: storageContract, labels: storageLabels });
