import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import { satisfactionValues } from './complaint-fields';
import {
  consentMethodValues,
  MAX_PHONES,
  MAX_TAGS,
  MAX_UNITS,
  revisitFilterValues,
  revisitResultValues,
  revisitRuleKindValues,
  surveySourceValues,
  unitRoleValues,
} from './customers-fields';
import { customersLabels } from './customers-labels';
import { answerSurveyInput, type SurveyFormView, type SurveyResponseView, surveyFormInput } from './customers-surveys';
import type {
  CustomerFileView,
  CustomerGradeView,
  CustomerSummary,
  PlanningResult,
  RevisitAttention,
  RevisitPlanView,
  RevisitRuleView,
} from './customers-views';
import {
  editVersionSchema,
  epochMs,
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
} from './fields';
import { contractModule } from './module';
import { unitSchema } from './releases';

export * from './customers-fields';
export * from './customers-surveys';
export type * from './customers-views';

const approvalSchema = z.object({ clerkId: idSchema, pin: pinSchema });

const tagSchema = z
  .string()
  .trim()
  .min(1, 'errors.required')
  .max(12, messageWithParams('errors.tooLong', { max: 12 }));

/** The consent record PIPL asks for: how it was given, when, what was collected and for what. */
export const consentInput = z.object({
  method: z.enum(consentMethodValues, { error: 'errors.required' }),
  at: epochMs.nullable().default(null),
  scope: requiredText(200),
  purpose: requiredText(200),
});

const phonesSchema = z
  .array(z.object({ phone: phoneSchema, note: optionalText(20) }))
  .min(1, 'errors.customerPhoneRequired')
  .max(MAX_PHONES, messageWithParams('errors.tooMany', { max: MAX_PHONES }))
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p.phone)) ctx.addIssue({ code: 'custom', path: [i, 'phone'], message: 'errors.customerPhoneTwice' });
      seen.add(p.phone);
    });
  });

const fileFields = z.object({
  name: requiredText(40),
  phones: phonesSchema,
  gradeId: idSchema.nullable().default(null),
  company: optionalText(60),
  tags: z
    .array(tagSchema)
    .max(MAX_TAGS, messageWithParams('errors.tooMany', { max: MAX_TAGS }))
    .default([]),
  notes: optionalText(500),
  preferredContactTime: optionalText(40),
  consent: consentInput.nullable().default(null),
});

/** The units (房号) a new file is tied to from the start: an owner's flats given with the file, each once. */
const newUnitsSchema = z
  .array(z.object({ unit: unitSchema, role: z.enum(unitRoleValues, { error: 'errors.required' }) }))
  .max(MAX_UNITS, messageWithParams('errors.tooMany', { max: MAX_UNITS }))
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((u, i) => {
      const key = u.unit.replace(/\s/g, '');
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'unit'],
          message: messageWithParams('errors.customerUnitTwice', { unit: u.unit }),
        });
      seen.add(key);
    });
  });

/** A new file: created only when the clerk chooses (建立客户档案), never by a form on its own. */
export const createCustomerInput = fileFields.extend({ units: newUnitsSchema });
export type CreateCustomerInput = z.input<typeof createCustomerInput>;

/** An edit names the version it was based on; the phones sent replace the file's (a removed number is kept, inactive). */
export const updateCustomerInput = fileFields.extend({ id: idSchema, version: versionSchema });
export type UpdateCustomerInput = z.input<typeof updateCustomerInput>;

export const listCustomersInput = z.object({
  text: searchTextSchema(40).default(''),
  gradeId: idSchema.nullable().default(null),
  includeClosed: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ListCustomersInput = z.input<typeof listCustomersInput>;

/** Two files of one person become one with a lead's PIN; a merge that would lose a value is refused. */
export const mergeCustomersInput = z
  .object({
    keepId: idSchema,
    mergeId: idSchema,
    approval: approvalSchema,
  })
  .refine((v) => v.keepId !== v.mergeId, { path: ['mergeId'], message: 'errors.customerMergeSame' });
export type MergeCustomersInput = z.input<typeof mergeCustomersInput>;

/**
 * 删除个人信息 (PIPL art. 47): at the customer's request a supervisor anonymises the file, with the reason given and a
 * lead's (or higher) PIN, as the other destructive actions. The file's number and what the desk did stay; who it was
 * does not.
 */
export const forgetCustomerInput = z.object({
  id: idSchema,
  version: versionSchema,
  reason: requiredText(200),
  approval: approvalSchema,
});
export type ForgetCustomerInput = z.input<typeof forgetCustomerInput>;

export const gradeInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    name: requiredText(20),
    sortOrder: z.number().int('errors.wholeNumber').min(0, 'errors.amountSign').max(99, 'errors.tooLarge').default(0),
    active: z.boolean().default(true),
  })
  .superRefine(versionOnEdit);
export type GradeInput = z.input<typeof gradeInput>;

const whole = (max: number, min = 0) =>
  z
    .number({ error: 'errors.required' })
    .int('errors.wholeNumber')
    .min(min, min > 0 ? 'errors.atLeastOne' : 'errors.amountSign')
    .max(max, 'errors.tooLarge');

/** 回访规则: N days after a closed complaint, a completed repair or a return; or every N months for a grade or owners. */
export const revisitRuleInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    kind: z.enum(revisitRuleKindValues, { error: 'errors.required' }),
    gradeId: idSchema.nullable().default(null),
    days: whole(365).default(0),
    months: whole(36).default(0),
    maxAttempts: whole(10, 1).default(3),
    retryDays: whole(30, 1).default(1),
    active: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'grade_every' && v.kind !== 'owner_every') return;
    if (v.kind === 'grade_every' && !v.gradeId)
      ctx.addIssue({ code: 'custom', path: ['gradeId'], message: 'errors.revisitGradeRequired' });
    if (v.months < 1) ctx.addIssue({ code: 'custom', path: ['months'], message: 'errors.atLeastOne' });
  })
  .superRefine(versionOnEdit);
export type RevisitRuleInput = z.input<typeof revisitRuleInput>;

/** A return visit planned by hand, for a file. */
export const planRevisitInput = z.object({
  customerId: idSchema,
  phone: phoneSchema.nullable().default(null),
  dueAt: epochMs,
  reason: requiredText(200),
});
export type PlanRevisitInput = z.input<typeof planRevisitInput>;

/**
 * One call of the day's list, logged as an outgoing call: reached (with the satisfaction and, if another visit is
 * wanted, its date), not reached (called again after the rule's days, up to its limit), refused or a wrong number.
 */
export const revisitCallInput = z
  .object({
    id: idSchema,
    version: versionSchema,
    result: z.enum(revisitResultValues, { error: 'errors.required' }),
    satisfaction: z.enum(satisfactionValues).nullable().default(null),
    note: optionalText(500),
    durationSec: z
      .number()
      .int()
      .min(0)
      .max(24 * 3600)
      .default(0),
    nextDueAt: epochMs.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'reached' && !v.satisfaction)
      ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: 'errors.revisitSatisfactionRequired' });
    if (v.result !== 'reached' && v.nextDueAt !== null)
      ctx.addIssue({ code: 'custom', path: ['nextDueAt'], message: 'errors.revisitNextOnlyReached' });
  });
export type RevisitCallInput = z.input<typeof revisitCallInput>;

export const listRevisitsInput = z.object({
  filter: z.enum(revisitFilterValues).default('due'),
  text: searchTextSchema(40).default(''),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ListRevisitsInput = z.input<typeof listRevisitsInput>;

/** 关联房号: a file tied to a unit as its owner, resident or tenant (one live link per file and unit). */
export const linkUnitInput = z.object({
  customerId: idSchema,
  unit: unitSchema,
  role: z.enum(unitRoleValues, { error: 'errors.required' }),
});
export type LinkUnitInput = z.input<typeof linkUnitInput>;

/** 解除房号: the link ends (moved out, sold, lease over); it stays on record, so who held the unit stays known. */
export const endUnitInput = z.object({ id: idSchema, version: versionSchema });
export type EndUnitInput = z.input<typeof endUnitInput>;

const byId = z.object({ id: idSchema });

export const customersContract = {
  'customers:grades': channel<CustomerGradeView[]>()(
    z.object({ includeInactive: z.boolean().default(false) }),
    'session',
  ),
  'customers:saveGrade': channel<CustomerGradeView>()(gradeInput, 'supervisor', {
    versioned: versionedIfEdit('customerGrades'),
  }),
  'customers:create': channel<CustomerFileView>()(createCustomerInput, 'session'),
  'customers:update': channel<CustomerFileView>()(updateCustomerInput, 'session', {
    versioned: versionedBy('customers'),
  }),
  /** Opening a file is logged (who looked at whose data, when). */
  'customers:get': channel<CustomerFileView>()(byId, 'session'),
  /** The live file that has this number, if any: forms offer 建立客户档案 or open it. Names only, not logged. */
  'customers:byPhone': channel<CustomerSummary | null>()(z.object({ phone: phoneSchema }), 'session'),
  'customers:list': channel<CustomerSummary[]>()(listCustomersInput, 'session'),
  'customers:merge': channel<CustomerFileView>()(mergeCustomersInput, 'session', { pins: (input) => [input.approval] }),
  'customers:forget': channel<CustomerFileView>()(forgetCustomerInput, 'supervisor', {
    pins: (input) => [input.approval],
    versioned: versionedBy('customers'),
  }),
  'customers:linkUnit': channel<CustomerFileView>()(linkUnitInput, 'session'),
  'customers:endUnit': channel<CustomerFileView>()(endUnitInput, 'session', {
    versioned: versionedBy('customerUnits'),
  }),
  /** 个人信息查阅: one person's data for their access request, as a JSON document (audited). */
  'customers:exportPerson': channel<{ fileName: string; base64: string; records: number }>()(byId, 'supervisor'),
  'customers:rules': channel<RevisitRuleView[]>()(z.object({}), 'session'),
  'customers:saveRule': channel<RevisitRuleView>()(revisitRuleInput, 'supervisor', {
    versioned: versionedIfEdit('revisitRules'),
  }),
  /** Plans what the rules ask for up to now (idempotent): run when the call list opens and daily. */
  'customers:planDue': channel<PlanningResult>()(z.object({}), 'session'),
  'customers:plan': channel<RevisitPlanView>()(planRevisitInput, 'session'),
  'customers:revisits': channel<RevisitPlanView[]>()(listRevisitsInput, 'session'),
  'customers:revisitCall': channel<RevisitPlanView>()(revisitCallInput, 'session', {
    versioned: versionedBy('revisitPlans'),
  }),
  'customers:cancelRevisit': channel<RevisitPlanView>()(z.object({ id: idSchema, reason: requiredText(200) }), 'lead'),
  'customers:attention': channel<RevisitAttention>()(z.object({}), 'session'),
  'customers:surveyForms': channel<SurveyFormView[]>()(
    z.object({ includeInactive: z.boolean().default(false) }),
    'session',
  ),
  'customers:saveSurveyForm': channel<SurveyFormView>()(surveyFormInput, 'supervisor', {
    versioned: versionedIfEdit('surveyForms'),
  }),
  /** 满意度调查: answers about a visit made, a closed complaint, a completed repair, or at the counter. */
  'customers:answerSurvey': channel<SurveyResponseView>()(answerSurveyInput, 'session'),
  /** One answered survey, for its own panel (from the record it is about, the customer file). */
  'customers:survey': channel<SurveyResponseView>()(byId, 'session'),
  /** One return visit plan, for the call list opened on it (a survey's link back to its visit). */
  'customers:revisit': channel<RevisitPlanView>()(byId, 'session'),
  'customers:surveysOf': channel<SurveyResponseView[]>()(
    z.object({ sourceModule: z.enum(surveySourceValues), sourceRef: idSchema }),
    'session',
  ),
};

export const customersModule = contractModule('customers', { channels: customersContract, labels: customersLabels });
