import { z } from 'zod';
import {
  announcementFilterValues,
  announcementKindValues,
  childGenderValues,
  lostChildOutcomeValues,
  lostChildStepValues,
  templateBlanks,
} from './announcements-fields';
import { announcementsLabels } from './announcements-labels';
import type { AnnouncementsAttention, AnnouncementTemplateView, AnnouncementView } from './announcements-views';
import { channel } from './channel';
import {
  editVersionSchema,
  epochMs,
  idSchema,
  optionalPhoneSchema,
  optionalText,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionedIfEdit,
  versionOnEdit,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { checkIdDocument, idDocumentTypeValues } from './id-documents';
import { contractModule } from './module';

export * from './announcements-fields';
export type * from './announcements-views';

/** Adds a template (no id) or edits one (its id and the version the form showed; a stale one is refused). */
export const templateInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    kind: z.enum(announcementKindValues, { error: 'errors.required' }),
    name: requiredText(30),
    text: requiredText(500),
    active: z.boolean().default(true),
  })
  .superRefine(versionOnEdit);
export type TemplateInput = z.input<typeof templateInput>;

/** The text read out: every `{blank}` of the template filled. */
const announcementText = requiredText(500).refine((v) => templateBlanks(v).length === 0, 'errors.announcementBlanks');

const lostChildFields = {
  childName: optionalText(20),
  childAge: z
    .number({ error: 'errors.wholeNumber' })
    .int('errors.wholeNumber')
    .min(0, 'errors.amountSign')
    .max(17, 'errors.childAge')
    .nullable()
    .default(null),
  childGender: z.enum(childGenderValues).nullable().default(null),
  childDescription: optionalText(200),
  lastSeenPlace: optionalText(60),
  lastSeenAt: epochMs.nullable().default(null),
};

/** 广播登记: kind, the text (from a template the clerk fills), who asked; a lost child also who and where. */
export const logAnnouncementInput = z
  .object({
    kind: z.enum(announcementKindValues, { error: 'errors.required' }),
    templateId: idSchema.nullable().default(null),
    text: announcementText,
    requesterName: requiredText(40),
    requesterPhone: optionalPhoneSchema,
    ...lostChildFields,
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'lost_child') return;
    if (!v.childDescription)
      ctx.addIssue({ code: 'custom', path: ['childDescription'], message: 'errors.lostChildDescription' });
    if (!v.lastSeenPlace) ctx.addIssue({ code: 'custom', path: ['lastSeenPlace'], message: 'errors.required' });
    if (!v.requesterPhone) ctx.addIssue({ code: 'custom', path: ['requesterPhone'], message: 'errors.lostChildPhone' });
  });
export type LogAnnouncementInput = z.input<typeof logAnnouncementInput>;

/** An edit of what was logged (a typo in the text, the requester's phone): versioned, audited field by field. */
export const updateAnnouncementInput = z.object({
  id: idSchema,
  version: versionSchema,
  text: announcementText,
  requesterName: requiredText(40),
  requesterPhone: optionalPhoneSchema,
  childDescription: optionalText(200),
  lastSeenPlace: optionalText(60),
});
export type UpdateAnnouncementInput = z.input<typeof updateAnnouncementInput>;

/** One step of the lost-child procedure: when it happened (empty is now), who did it, a note. */
export const stepInput = z.object({
  id: idSchema,
  step: z.enum(lostChildStepValues, { error: 'errors.required' }),
  at: epochMs.nullable().default(null),
  who: requiredText(40),
  note: optionalText(200),
});
export type StepInput = z.input<typeof stepInput>;

/** 结案: handed to a guardian (name, relation, ID checked by its type and stored masked), to the police, or else. */
export const closeLostChildInput = z
  .object({
    id: idSchema,
    version: versionSchema,
    outcome: z.enum(lostChildOutcomeValues, { error: 'errors.required' }),
    handedToName: optionalText(40),
    handedToRelation: optionalText(20),
    idType: z.enum(idDocumentTypeValues).nullable().default(null),
    idNumber: z.string().trim().max(30, 'errors.tooLong').default(''),
    note: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'guardian') {
      if (!v.handedToName) ctx.addIssue({ code: 'custom', path: ['handedToName'], message: 'errors.required' });
      if (!v.handedToRelation) ctx.addIssue({ code: 'custom', path: ['handedToRelation'], message: 'errors.required' });
      if (!v.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'errors.guardianIdRequired' });
      else checkIdDocument(v.idType, v.idNumber, ctx);
    } else if (!v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'errors.lostChildCloseNote' });
  });
export type CloseLostChildInput = z.input<typeof closeLostChildInput>;

export const listAnnouncementsInput = z.object({
  filter: z.enum(announcementFilterValues).default('today'),
  text: searchTextSchema(40).default(''),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ListAnnouncementsInput = z.input<typeof listAnnouncementsInput>;

const byId = z.object({ id: idSchema });

export const announcementsContract = {
  'announcements:templates': channel<AnnouncementTemplateView[]>()(
    z.object({ includeInactive: z.boolean().default(false) }),
    'session',
  ),
  'announcements:saveTemplate': channel<AnnouncementTemplateView>()(templateInput, 'supervisor', {
    versioned: versionedIfEdit('announcementTemplates'),
  }),
  'announcements:log': channel<AnnouncementView>()(logAnnouncementInput, 'session'),
  'announcements:update': channel<AnnouncementView>()(updateAnnouncementInput, 'session', {
    versioned: versionedBy('announcements'),
  }),
  'announcements:read': channel<AnnouncementView>()(byId, 'session'),
  'announcements:step': channel<AnnouncementView>()(stepInput, 'session'),
  'announcements:close': channel<AnnouncementView>()(closeLostChildInput, 'session', {
    versioned: versionedBy('announcements'),
  }),
  'announcements:get': channel<AnnouncementView>()(byId, 'session'),
  'announcements:list': channel<AnnouncementView[]>()(listAnnouncementsInput, 'session'),
  'announcements:void': channel<AnnouncementView>()(z.object({ id: idSchema, reason: voidReasonSchema }), 'lead'),
  'announcements:printed': channel<{ reprint: boolean }>()(byId, 'session'),
  'announcements:attention': channel<AnnouncementsAttention>()(z.object({}), 'session'),
};

export const announcementsModule = contractModule('announcements', {
  channels: announcementsContract,
  labels: announcementsLabels,
  searchTag: 'kind',
});
