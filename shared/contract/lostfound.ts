import { z } from 'zod';
import { channel } from './channel';
import {
  epochMs,
  idSchema,
  optionalPhoneSchema,
  optionalText,
  phoneSchema,
  pinSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { checkIdDocument } from './id-documents';
import {
  lostfoundCategoryValues,
  lostfoundDisposalValues,
  lostfoundFilterValues,
  lostfoundFinderKindValues,
  lostfoundIdTypeValues,
  lostfoundValueClassValues,
} from './lostfound-fields';
import { lostfoundLabels } from './lostfound-labels';
import type {
  LostfoundAttention,
  LostfoundCandidate,
  LostfoundItemView,
  LostfoundReportView,
  LostfoundSettings,
} from './lostfound-views';
import { contractModule } from './module';
import { yuanSchema } from './money';

export * from './lostfound-fields';
export type * from './lostfound-views';

const approvalSchema = z.object({ clerkId: idSchema, pin: pinSchema });

/** A photo as the renderer reads it from a file or the camera: a PNG, JPEG or WebP data URL of at most ~2 MB. */
export const photoSchema = z
  .string()
  .max(2_800_000, 'errors.photoTooLarge')
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, 'errors.photoFormat');

/** Cash found, typed in yuan ("125.50") through the one money parser, kept in fen; empty is none. */
const cashSchema = yuanSchema({ field: 'lostfoundCash', allowZero: true, emptyFen: 0 }).default(0);

const itemFields = z.object({
  category: z.enum(lostfoundCategoryValues, { error: 'errors.required' }),
  description: requiredText(200),
  colour: optionalText(20),
  brand: optionalText(30),
  valueClass: z.enum(lostfoundValueClassValues, { error: 'errors.required' }).default('ordinary'),
  cash: cashSchema,
  foundPlace: requiredText(60),
  /** When it was found; empty is now. */
  foundAt: epochMs.nullable().default(null),
  finderKind: z.enum(lostfoundFinderKindValues, { error: 'errors.required' }),
  finderName: optionalText(40),
  finderPhone: optionalPhoneSchema,
  storagePlace: requiredText(30),
  photo: photoSchema.nullable().default(null),
});

function cashCounted(v: { category: string; cash: number }, ctx: z.RefinementCtx): void {
  if (v.category === 'cash' && v.cash <= 0)
    ctx.addIssue({ code: 'custom', path: ['cash'], message: 'errors.lostfoundCashRequired' });
}

export const registerItemInput = itemFields.superRefine(cashCounted);
export type RegisterItemInput = z.input<typeof registerItemInput>;

/**
 * An item in custody corrected (a better description, another shelf, the photo taken later): the same fields,
 * based on the version the clerk saw. The photo is kept when left out, removed when null, replaced when sent.
 */
export const editItemInput = itemFields
  .extend({ id: idSchema, version: versionSchema, photo: photoSchema.nullable().optional() })
  .superRefine(cashCounted);
export type EditItemInput = z.input<typeof editItemInput>;

/** The claimant's ID, required, checked by the desk's one rule per document type (a resident ID by its check digit). */
export const claimInput = z
  .object({
    id: idSchema,
    version: versionSchema,
    claimantName: requiredText(40),
    phone: phoneSchema,
    idType: z.enum(lostfoundIdTypeValues, { error: 'errors.required' }),
    idNumber: z.string({ error: 'errors.required' }).trim().max(30, 'errors.tooLong'),
    claimDescription: requiredText(200),
    reportId: idSchema.nullable().default(null),
    /** A lead's PIN, needed for valuables. */
    approval: approvalSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (!v.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'errors.lostfoundIdRequired' });
    else checkIdDocument(v.idType, v.idNumber, ctx);
  });
export type ClaimInput = z.input<typeof claimInput>;

export const disposeInput = z.object({
  id: idSchema,
  version: versionSchema,
  to: z.enum(lostfoundDisposalValues, { error: 'errors.required' }),
  reason: requiredText(200),
  approval: approvalSchema,
});
export type DisposeInput = z.input<typeof disposeInput>;

export const lossReportInput = z
  .object({
    reporterName: requiredText(40),
    phone: phoneSchema,
    category: z.enum(lostfoundCategoryValues, { error: 'errors.required' }),
    description: requiredText(200),
    lostPlace: optionalText(60),
    lostFrom: epochMs,
    lostTo: epochMs,
  })
  .refine((v) => v.lostFrom <= v.lostTo, { path: ['lostTo'], message: 'errors.lostfoundWindowOrder' });
export type LossReportInput = z.input<typeof lossReportInput>;

export const listItemsInput = z.object({
  filter: z.enum(lostfoundFilterValues).default('held'),
  text: searchTextSchema(40).default(''),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ListItemsInput = z.input<typeof listItemsInput>;

export const lostfoundSettingsInput = z.object({
  keepDays: z
    .number({ error: 'errors.required' })
    .int('errors.wholeNumber')
    .min(1, 'errors.atLeastOne')
    .max(365, 'errors.tooLarge'),
});

const byId = z.object({ id: idSchema });
/** A void names the version the clerk saw: one based on an older version (a claim since) is refused. */
const versionedVoid = z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema });
const lostfoundItemVersion = versionedBy('lostfoundItems');

export const lostfoundContract = {
  'lostfound:register': channel<LostfoundItemView>()(registerItemInput, 'session'),
  'lostfound:get': channel<LostfoundItemView>()(byId, 'session'),
  'lostfound:edit': channel<LostfoundItemView>()(editItemInput, 'session', { versioned: lostfoundItemVersion }),
  'lostfound:photo': channel<{ photo: string | null }>()(byId, 'session'),
  'lostfound:list': channel<LostfoundItemView[]>()(listItemsInput, 'session'),
  'lostfound:claim': channel<LostfoundItemView>()(claimInput, 'session', {
    pins: (input) => [input.approval],
    versioned: lostfoundItemVersion,
  }),
  'lostfound:dispose': channel<LostfoundItemView>()(disposeInput, 'session', {
    pins: (input) => [input.approval],
    versioned: lostfoundItemVersion,
  }),
  'lostfound:void': channel<LostfoundItemView>()(versionedVoid, 'lead', { versioned: lostfoundItemVersion }),
  'lostfound:printed': channel<{ reprint: boolean }>()(byId, 'session'),
  'lostfound:report': channel<LostfoundReportView>()(lossReportInput, 'session'),
  'lostfound:reports': channel<LostfoundReportView[]>()(
    z.object({ openOnly: z.boolean().default(true), text: searchTextSchema(40).default('') }),
    'session',
  ),
  'lostfound:getReport': channel<LostfoundReportView>()(byId, 'session'),
  'lostfound:candidates': channel<LostfoundCandidate[]>()(byId, 'session'),
  'lostfound:voidReport': channel<LostfoundReportView>()(versionedVoid, 'lead', {
    versioned: versionedBy('lostfoundReports'),
  }),
  'lostfound:settings': channel<LostfoundSettings>()(z.object({}), 'session'),
  'lostfound:saveSettings': channel<LostfoundSettings>()(lostfoundSettingsInput, 'supervisor'),
  'lostfound:attention': channel<LostfoundAttention>()(z.object({}), 'session'),
};

export const lostfoundModule = contractModule('lostfound', {
  channels: lostfoundContract,
  labels: lostfoundLabels,
  searchTag: 'category',
});
