import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import {
  epochMs,
  idSchema,
  optionalPhoneSchema,
  optionalText,
  patchOf,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { checkIdDocument } from './id-documents';
import { contractModule } from './module';
import {
  idDocumentTypeValues,
  isValidPlate,
  normaliseIdNumber,
  normalisePlate,
  visitCursorSchema,
  visitPurposeValues,
} from './reception-fields';
import { receptionLabels } from './reception-labels';
import type { VisitPage, VisitSuggestion, VisitView, WatchEntryView } from './reception-views';

export * from './reception-fields';
export type * from './reception-views';

export const visitPurposeSchema = z.enum(visitPurposeValues, { error: 'errors.required' });
export const idDocumentTypeSchema = z.enum(idDocumentTypeValues);

const plateSchema = z
  .string()
  .trim()
  .transform(normalisePlate)
  .refine((p) => p === '' || isValidPlate(p), 'errors.plateFormat')
  .default('');

const idNumberSchema = z
  .string()
  .trim()
  .transform(normaliseIdNumber)
  .pipe(z.string().max(30, messageWithParams('errors.tooLong', { max: 30 })))
  .default('');

/** The fields a clerk types for one visit; shared by register and edit. */
const visitFields = z.object({
  visitorName: requiredText(40),
  phone: optionalPhoneSchema,
  organisation: optionalText(60),
  partySize: z
    .number({ error: 'errors.required' })
    .int('errors.wholeNumber')
    .min(1, 'errors.atLeastOne')
    .max(999, 'errors.tooLarge')
    .default(1),
  idType: idDocumentTypeSchema.nullable().default(null),
  /** In clear only on its way in: main keeps a masked form and a keyed hash. Empty on edit keeps the stored one. */
  idNumber: idNumberSchema,
  /** Returning visitor: reuse the ID document of that earlier visit without retyping it. */
  idFromVisitId: idSchema.nullable().default(null),
  purpose: visitPurposeSchema,
  visiting: optionalText(60),
  shopId: idSchema.nullable().default(null),
  badgeNo: optionalText(20),
  plate: plateSchema,
  notes: optionalText(500),
  timeIn: epochMs.optional(),
  repairLocation: optionalText(100),
  repairDepartmentId: idSchema.nullable().default(null),
  repairFollowUpDue: epochMs.nullable().default(null),
});

type VisitFieldsOut = z.output<typeof visitFields>;

/** Cross-field rules: an ID number needs its type; a resident ID must pass its check digit; repair needs a place. */
function checkVisit(v: VisitFieldsOut, ctx: z.RefinementCtx): void {
  checkIdDocument(v.idType, v.idNumber, ctx);
  if (v.purpose === 'repair' && !v.repairLocation)
    ctx.addIssue({ code: 'custom', path: ['repairLocation'], message: 'errors.required' });
}

export const registerVisitInput = visitFields
  .extend({
    /** Set after the clerk has read the watch-list warning for this entry. */
    watchAcknowledged: z.boolean().default(false),
    watchEntryId: idSchema.nullable().default(null),
  })
  .superRefine(checkVisit);
export type RegisterVisitInput = z.input<typeof registerVisitInput>;

/**
 * An edit of a visit: the fields the clerk changed and the version the form was based on; a field left out keeps
 * its stored value (the time in stays to the second although the form shows minutes). The form sends an ID
 * number with its type, and the purpose with the repair fields, so their rules are checked together.
 */
export const updateVisitInput = patchOf(visitFields)
  .extend({ id: idSchema, version: versionSchema })
  .superRefine((v, ctx) => {
    if (v.idNumber) checkIdDocument(v.idType ?? null, v.idNumber, ctx);
    if (v.purpose === 'repair' && v.repairLocation !== undefined && !v.repairLocation)
      ctx.addIssue({ code: 'custom', path: ['repairLocation'], message: 'errors.required' });
  });
export type UpdateVisitInput = z.input<typeof updateVisitInput>;

export const signOutInput = z.object({
  id: idSchema,
  version: versionSchema,
  badgeReturned: z.boolean().default(true),
  timeOut: epochMs.optional(),
});

export const listVisitsInput = z.object({
  from: epochMs.nullable().default(null),
  to: epochMs.nullable().default(null),
  purpose: visitPurposeSchema.nullable().default(null),
  clerkId: idSchema.nullable().default(null),
  text: searchTextSchema(40).default(''),
  includeVoided: z.boolean().default(true),
  cursor: visitCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListVisitsInput = z.input<typeof listVisitsInput>;

export const suggestInput = z.object({
  text: z
    .string()
    .trim()
    .min(2)
    .max(40, messageWithParams('errors.queryTooLong', { max: 40 })),
});

const watchFields = z
  .object({
    name: optionalText(40),
    phone: optionalPhoneSchema,
    /** Only to check the number's format: the entry matches on the number's keyed hash whatever its type. */
    idType: idDocumentTypeSchema.nullable().default(null),
    idNumber: idNumberSchema,
    reason: requiredText(200),
  })
  .refine((w) => w.name || w.phone || w.idNumber, { path: ['name'], message: 'errors.watchNeedsKey' })
  .superRefine((w, ctx) => checkIdDocument(w.idType, w.idNumber, ctx));

export const addWatchInput = watchFields;
export const updateWatchInput = z.object({
  id: idSchema,
  version: versionSchema,
  active: z.boolean(),
  reason: requiredText(200),
});

export const receptionContract = {
  'reception:register': channel<VisitView>()(registerVisitInput, 'session'),
  'reception:update': channel<VisitView>()(updateVisitInput, 'session', { versioned: versionedBy('visits') }),
  'reception:signOut': channel<VisitView>()(signOutInput, 'session', { versioned: versionedBy('visits') }),
  'reception:void': channel<VisitView>()(
    z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('visits') },
  ),
  'reception:get': channel<VisitView>()(z.object({ id: idSchema }), 'session'),
  'reception:list': channel<VisitPage>()(listVisitsInput, 'session'),
  'reception:onSite': channel<VisitView[]>()(z.object({}), 'session'),
  'reception:suggest': channel<VisitSuggestion[]>()(suggestInput, 'session'),
  'reception:evacuationPrinted': channel<{ count: number }>()(z.object({ count: z.number().int().min(0) }), 'session'),
  'reception:watchList': channel<WatchEntryView[]>()(z.object({}), 'supervisor'),
  'reception:addWatch': channel<WatchEntryView>()(addWatchInput, 'supervisor'),
  'reception:updateWatch': channel<WatchEntryView>()(updateWatchInput, 'supervisor', {
    versioned: versionedBy('watchList'),
  }),
};

export const receptionModule = contractModule('reception', {
  channels: receptionContract,
  labels: receptionLabels,
  searchTag: 'purpose',
});
