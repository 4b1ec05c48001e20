import { z } from 'zod';
import { callCategoryValues, callCursorSchema, callDirectionValues } from './call-fields';
import { callsLabels } from './calls-labels';
import type { CallbackCounts, CallbackQueueView, CallPage, CallView, RepeatCaller } from './calls-views';
import { channel } from './channel';
import {
  epochMs,
  idSchema,
  optionalText,
  patchOf,
  phoneSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { contractModule } from './module';

export * from './call-fields';
export type * from './calls-views';

export const callDirectionSchema = z.enum(callDirectionValues, { error: 'errors.required' });
export const callCategorySchema = z.enum(callCategoryValues, { error: 'errors.required' });

/** Seconds on the line; the form converts a timer or typed mm:ss into this. */
export const durationSchema = z
  .number({ error: 'errors.durationFormat' })
  .int('errors.durationFormat')
  .min(0, 'errors.negativeDuration')
  .max(24 * 3600, 'errors.tooLarge');

/** The fields a clerk types for one call; shared by log and edit. */
const callFields = z.object({
  direction: callDirectionSchema,
  startedAt: epochMs.optional(),
  durationSec: durationSchema.default(0),
  callerName: optionalText(40),
  phone: phoneSchema,
  category: callCategorySchema,
  summary: requiredText(1000),
  transferredTo: optionalText(60),
  transferDepartmentId: idSchema.nullable().default(null),
  replyNeeded: z.boolean().default(false),
  replyDueAt: epochMs.nullable().default(null),
});

type CallFieldsOut = z.output<typeof callFields>;

function checkReply(v: CallFieldsOut, ctx: z.RefinementCtx): void {
  if (v.replyNeeded && v.replyDueAt === null)
    ctx.addIssue({ code: 'custom', path: ['replyDueAt'], message: 'errors.replyDueRequired' });
}

export const logCallInput = callFields
  .extend({
    /** An outgoing call that answers a promised callback closes it with `result`. */
    answersCallId: idSchema.nullable().default(null),
    result: optionalText(500),
  })
  .superRefine((v, ctx) => {
    checkReply(v, ctx);
    if (v.answersCallId && v.direction !== 'outgoing')
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'errors.answerMustBeOutgoing' });
    if (v.answersCallId && !v.result) ctx.addIssue({ code: 'custom', path: ['result'], message: 'errors.required' });
  });
export type LogCallInput = z.input<typeof logCallInput>;

/**
 * An edit of a logged call: the fields the clerk changed, and the version the form was based on. A field left out
 * keeps its stored value (editing the summary must not rewrite the start time to the minute the form shows).
 */
export const updateCallInput = patchOf(callFields.extend({ result: optionalText(500) }))
  .extend({ id: idSchema, version: versionSchema })
  .superRefine((v, ctx) => {
    if (v.replyNeeded && v.replyDueAt === null)
      ctx.addIssue({ code: 'custom', path: ['replyDueAt'], message: 'errors.replyDueRequired' });
  });
export type UpdateCallInput = z.input<typeof updateCallInput>;

export const listCallsInput = z.object({
  from: epochMs.nullable().default(null),
  to: epochMs.nullable().default(null),
  category: callCategorySchema.nullable().default(null),
  direction: callDirectionSchema.nullable().default(null),
  clerkId: idSchema.nullable().default(null),
  text: searchTextSchema(40).default(''),
  includeVoided: z.boolean().default(true),
  cursor: callCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListCallsInput = z.input<typeof listCallsInput>;

export const callbackQueueInput = z.object({ onlyOverdue: z.boolean().default(false) });

export const callsContract = {
  'calls:log': channel<CallView>()(logCallInput, 'session'),
  'calls:update': channel<CallView>()(updateCallInput, 'session', { versioned: versionedBy('calls') }),
  'calls:void': channel<CallView>()(
    z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('calls') },
  ),
  'calls:get': channel<CallView>()(z.object({ id: idSchema }), 'session'),
  'calls:list': channel<CallPage>()(listCallsInput, 'session'),
  'calls:callbacks': channel<CallbackQueueView>()(callbackQueueInput, 'session'),
  'calls:attention': channel<CallbackCounts>()(z.object({}), 'session'),
  'calls:repeat': channel<RepeatCaller>()(z.object({ phone: phoneSchema }), 'session'),
};

export const callsModule = contractModule('calls', {
  channels: callsContract,
  labels: callsLabels,
  searchTag: 'category',
});
