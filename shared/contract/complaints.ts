import { z } from 'zod';
import { channel } from './channel';
import {
  complaintCauseValues,
  complaintChannelValues,
  complaintOutcomeValues,
  complaintTypeValues,
  complaintUrgencyValues,
  deadlineUnitValues,
  manualEventKindValues,
  satisfactionValues,
} from './complaint-fields';
import { complaintsLabels } from './complaints-labels';
import type {
  CalendarDayView,
  ComplaintAttention,
  ComplaintDetail,
  ComplaintPrefill,
  ComplaintStats,
  ComplaintView,
  PendingComplaintCall,
} from './complaints-views';
import {
  epochMs,
  idSchema,
  keyedVersionSchema,
  optionalPhoneSchema,
  optionalText,
  pinSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
} from './fields';
import { contractModule } from './module';
import { calendarDaySchema, fenSchema } from './money';

export * from './complaint-fields';
export type * from './complaints-views';

const pick = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'errors.required' });

/** The complaint's printouts: 受理回执 for the customer, 客户投诉登记表 and (closed) 投诉处理记录表 for the office's file. */
export const complaintPrintFormValues = ['receipt', 'registration', 'record'] as const;
export type ComplaintPrintForm = (typeof complaintPrintFormValues)[number];

export const complaintUrgencySchema = pick(complaintUrgencyValues);

/** 客户投诉登记表. `deadlineAt` left out takes the default for the urgency from settings. */
export const createComplaintInput = z
  .object({
    receivedAt: epochMs.optional(),
    channel: pick(complaintChannelValues),
    customerName: requiredText(40),
    phone: optionalPhoneSchema,
    address: optionalText(120),
    type: pick(complaintTypeValues),
    reason: requiredText(2000),
    demand: optionalText(1000),
    urgency: complaintUrgencySchema,
    deadlineAt: epochMs.nullable().default(null),
    shopId: idSchema.nullable().default(null),
    departmentId: idSchema.nullable().default(null),
    notes: optionalText(1000),
    complainedClerkId: idSchema.nullable().default(null),
    decision: z.enum(['accept', 'not_accept', 'pending']).default('accept'),
    notAcceptedReason: optionalText(500),
    visitId: idSchema.nullable().default(null),
    callId: idSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'not_accept' && !v.notAcceptedReason)
      ctx.addIssue({ code: 'custom', path: ['notAcceptedReason'], message: 'errors.required' });
    if (v.visitId && v.callId) ctx.addIssue({ code: 'custom', path: ['callId'], message: 'errors.complaintOneSource' });
  });
export type CreateComplaintInput = z.input<typeof createComplaintInput>;

export const decideInput = z
  .object({ id: idSchema, version: versionSchema, accept: z.boolean(), reason: optionalText(500) })
  .superRefine((v, ctx) => {
    if (!v.accept && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errors.required' });
  });

export const assignInput = z.object({
  id: idSchema,
  version: versionSchema,
  departmentId: idSchema,
  clerkId: idSchema,
  /** Required when the complaint already has an assignee (reassignment). */
  reason: optionalText(500),
});

export const progressInput = z.object({
  id: idSchema,
  version: versionSchema,
  to: z.enum(['in_progress', 'waiting_customer']),
  reason: optionalText(500),
});

export const resolveInput = z.object({
  id: idSchema,
  version: versionSchema,
  cause: pick(complaintCauseValues),
  outcome: pick(complaintOutcomeValues),
  resolution: requiredText(2000),
  compensationFen: fenSchema('compensation'),
  approverId: idSchema.nullable().default(null),
  approverPin: pinSchema.nullable().default(null),
  informedAt: epochMs,
  informedHow: requiredText(60),
  customerReaction: requiredText(500),
});
export type ResolveComplaintInput = z.input<typeof resolveInput>;

export const returnVisitInput = z.object({
  id: idSchema,
  version: versionSchema,
  result: requiredText(1000),
  satisfaction: pick(satisfactionValues),
});

export const closeInput = z.object({ id: idSchema, version: versionSchema, noReturnVisitReason: optionalText(500) });
export const reopenInput = z.object({ id: idSchema, version: versionSchema, reason: requiredText(500) });

export const addEventInput = z
  .object({
    id: idSchema,
    kind: pick(manualEventKindValues),
    text: requiredText(2000),
    correctsEventId: idSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'correction' && !v.correctsEventId)
      ctx.addIssue({ code: 'custom', path: ['correctsEventId'], message: 'errors.required' });
  });

const complaintCursor = z.object({ receivedAt: z.number().int(), id: idSchema });
export type ComplaintCursor = z.infer<typeof complaintCursor>;

export const listComplaintsInput = z.object({
  /** 'returnVisit': 待回访, resolved and not yet return-visited or closed. */
  scope: z.enum(['open', 'returnVisit', 'all']).default('open'),
  text: searchTextSchema(40).default(''),
  /** 'all' pages on (received at, id), newest first; the open work list is short and comes whole. */
  cursor: complaintCursor.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
});

export const statsInput = z
  .object({ from: epochMs, to: epochMs })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'errors.rangeOrder' });

/** A day the desk records: based on the version the supervisor saw (0 for a day the desk has not recorded yet). */
export const calendarDayInput = z.object({
  day: calendarDaySchema,
  version: keyedVersionSchema,
  work: z.boolean(),
  note: optionalText(60),
});

const deadlineRule = z.object({
  unit: z.enum(deadlineUnitValues),
  amount: z.number().int('errors.wholeNumber').min(1, 'errors.atLeastOne').max(999, 'errors.tooLarge'),
});

const dueSoonRule = z
  .number({ error: 'errors.required' })
  .int('errors.wholeNumber')
  .min(1, 'errors.atLeastOne')
  .max(43_200, 'errors.tooLarge');

/** A deadline rule's length in minutes (a working day counted as 24 hours). */
export function deadlineMinutes(rule: { unit: 'hours' | 'working_days'; amount: number }): number {
  return rule.unit === 'hours' ? rule.amount * 60 : rule.amount * 24 * 60;
}

/** Settings key 'complaints'. */
export const complaintSettingsSchema = z
  .object({
    deadlines: z.object({ very_urgent: deadlineRule, urgent: deadlineRule, normal: deadlineRule }),
    deskLimitFen: fenSchema('compensationLimit'),
    supervisorLimitFen: fenSchema('compensationLimit'),
    returnVisitAfterDays: z.number().int().min(0).max(90),
    /** Minutes before its deadline an open complaint shows as due soon, per urgency. */
    dueSoonMinutes: z.object({ very_urgent: dueSoonRule, urgent: dueSoonRule, normal: dueSoonRule }),
  })
  .refine((v) => v.supervisorLimitFen >= v.deskLimitFen, {
    path: ['supervisorLimitFen'],
    message: 'errors.limitOrder',
  })
  .superRefine((v, ctx) => {
    // A window as long as the deadline itself would show a complaint as due soon from the moment it is received.
    for (const u of complaintUrgencyValues) {
      if (v.dueSoonMinutes[u] >= deadlineMinutes(v.deadlines[u]))
        ctx.addIssue({ code: 'custom', path: ['dueSoonMinutes', u], message: 'errors.dueSoonNotShorter' });
    }
  });
export type ComplaintSettings = z.infer<typeof complaintSettingsSchema>;

export const defaultComplaintSettings: ComplaintSettings = {
  deadlines: {
    very_urgent: { unit: 'hours', amount: 4 },
    urgent: { unit: 'hours', amount: 24 },
    normal: { unit: 'working_days', amount: 3 },
  },
  deskLimitFen: 20_000,
  supervisorLimitFen: 100_000,
  returnVisitAfterDays: 1,
  dueSoonMinutes: { very_urgent: 60, urgent: 240, normal: 1440 },
};

const byId = z.object({ id: idSchema });
const complaintVersion = versionedBy('complaints');

export const complaintsContract = {
  'complaints:create': channel<ComplaintDetail>()(createComplaintInput, 'session'),
  'complaints:fromCall': channel<ComplaintPrefill>()(z.object({ callId: idSchema }), 'session'),
  /** Calls logged as complaints that are not yet complaint records (转为投诉). */
  'complaints:pendingCalls': channel<PendingComplaintCall[]>()(z.object({}), 'session'),
  /** Visits registered with the purpose complaint that are not yet complaint records. */
  'complaints:pendingVisits': channel<PendingComplaintCall[]>()(z.object({}), 'session'),
  'complaints:fromVisit': channel<ComplaintPrefill>()(z.object({ visitId: idSchema }), 'session'),
  // Every status change names the version of the complaint it was based on: a change made elsewhere since (in
  // another tab, by another clerk) is refused naming who changed what, instead of being overridden.
  'complaints:decide': channel<ComplaintDetail>()(decideInput, 'session', { versioned: complaintVersion }),
  'complaints:assign': channel<ComplaintDetail>()(assignInput, 'lead', { versioned: complaintVersion }),
  'complaints:progress': channel<ComplaintDetail>()(progressInput, 'session', { versioned: complaintVersion }),
  'complaints:resolve': channel<ComplaintDetail>()(resolveInput, 'session', {
    pins: (input) =>
      input.approverId && input.approverPin ? [{ clerkId: input.approverId, pin: input.approverPin }] : [],
    versioned: complaintVersion,
  }),
  'complaints:returnVisit': channel<ComplaintDetail>()(returnVisitInput, 'session', { versioned: complaintVersion }),
  'complaints:close': channel<ComplaintDetail>()(closeInput, 'session', { versioned: complaintVersion }),
  'complaints:reopen': channel<ComplaintDetail>()(reopenInput, 'session', { versioned: complaintVersion }),
  'complaints:addEvent': channel<ComplaintDetail>()(addEventInput, 'session'),
  'complaints:get': channel<ComplaintDetail>()(byId, 'session'),
  'complaints:list': channel<{ now: number; rows: ComplaintView[]; nextCursor: ComplaintCursor | null }>()(
    listComplaintsInput,
    'session',
  ),
  'complaints:attention': channel<ComplaintAttention>()(z.object({}), 'session'),
  'complaints:deadline': channel<{ deadlineAt: number }>()(
    z.object({ urgency: complaintUrgencySchema, from: epochMs }),
    'session',
  ),
  'complaints:printed': channel<{ ok: true }>()(
    z.object({ id: idSchema, reprint: z.boolean(), form: z.enum(complaintPrintFormValues).default('receipt') }),
    'session',
  ),
  'complaints:stats': channel<ComplaintStats>()(statsInput, 'session'),
  'complaints:exportStats': channel<{ fileName: string; base64: string }>()(statsInput, 'session'),
  'complaints:settings': channel<ComplaintSettings>()(z.object({}), 'session'),
  'complaints:saveSettings': channel<ComplaintSettings>()(complaintSettingsSchema, 'supervisor'),
  'complaints:calendar': channel<{ lastPackagedYear: number; days: CalendarDayView[] }>()(
    z.object({ year: z.number().int().min(2000).max(2100) }),
    'session',
  ),
  'complaints:setCalendarDay': channel<CalendarDayView>()(calendarDayInput, 'supervisor', {
    versioned: (input) => ({ entity: 'complaintCalendarDays', id: input.day, version: input.version }),
  }),
};

export const complaintsModule = contractModule('complaints', {
  channels: complaintsContract,
  labels: complaintsLabels,
});
