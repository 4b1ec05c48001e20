import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import {
  idSchema,
  optionalText,
  phoneSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { contractModule } from './module';
import { calendarDaySchema, yuanSchema } from './money';
import { unitSchema } from './releases';
import { renovationCursorSchema, renovationResultValues, renovationStatusValues } from './renovations-fields';
import { renovationsLabels } from './renovations-labels';
import type { RenovationCounts, RenovationPage, RenovationSettings, RenovationView } from './renovations-views';

export * from './renovations-fields';
export type * from './renovations-views';

const required = { error: 'errors.required' };
const tooMany = messageWithParams('errors.tooMany', { max: 20 });
const documentsSchema = z.array(requiredText(60)).max(20, tooMany).default([]);

/** 装修申请: the unit and its owner, the contractor and foreman, the works and their period, deposit and fee. */
export const applyRenovationInput = z
  .object({
    unit: unitSchema,
    ownerName: requiredText(40),
    ownerPhone: phoneSchema,
    contractor: requiredText(60),
    foreman: requiredText(40),
    foremanPhone: phoneSchema,
    work: requiredText(500),
    startDate: calendarDaySchema,
    endDate: calendarDaySchema,
    deposit: z.string({ error: 'errors.required' }).pipe(yuanSchema({ field: 'renovationDeposit', allowZero: true })),
    fee: z
      .string()
      .default('')
      .pipe(yuanSchema({ field: 'renovationFee', allowZero: true, emptyFen: 0 })),
    documents: documentsSchema,
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'errors.renovationPeriodOrder' });
  });
export type ApplyRenovationInput = z.input<typeof applyRenovationInput>;

const versioned = { id: idSchema, version: versionSchema };

/** 审批: a lead approves with every document of the checklist seen (ticked here or with the application). */
export const approveRenovationInput = z.object({ ...versioned, documents: documentsSchema, note: optionalText(200) });
export type ApproveRenovationInput = z.input<typeof approveRenovationInput>;

/** 验收: passed, or failed with the defects to put right (inspected again after). */
export const inspectRenovationInput = z
  .object({ ...versioned, result: z.enum(renovationResultValues, required), defects: optionalText(500) })
  .superRefine((v, ctx) => {
    if (v.result === 'failed' && !v.defects)
      ctx.addIssue({ code: 'custom', path: ['defects'], message: 'errors.renovationDefectsRequired' });
  });
export type InspectRenovationInput = z.input<typeof inspectRenovationInput>;

/** 退押金: after a passed inspection; empty refunds all of it, less needs the deduction's reason. */
export const refundRenovationInput = z.object({
  ...versioned,
  refund: z
    .string()
    .default('')
    .pipe(yuanSchema({ field: 'renovationDeposit', allowZero: true, emptyFen: -1 })),
  reason: optionalText(200),
});
export type RefundRenovationInput = z.input<typeof refundRenovationInput>;

export const listRenovationsInput = z.object({
  status: z.enum(renovationStatusValues, required).nullable().default(null),
  /** Applied, not yet approved. */
  onlyPending: z.boolean().default(false),
  /** Approved and not yet passed: the works under way. */
  onlyWorks: z.boolean().default(false),
  text: searchTextSchema(40).default(''),
  cursor: renovationCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListRenovationsInput = z.input<typeof listRenovationsInput>;

export const renovationSettingsSchema = z.object({
  documents: z.array(requiredText(60)).min(1, 'errors.renovationNoDocuments').max(20, tooMany),
});

const byId = z.object({ id: idSchema });
const versionedEdit = { versioned: versionedBy('renovations') };

export const renovationsContract = {
  'renovations:apply': channel<RenovationView>()(applyRenovationInput, 'session'),
  'renovations:approve': channel<RenovationView>()(approveRenovationInput, 'lead', versionedEdit),
  'renovations:inspect': channel<RenovationView>()(inspectRenovationInput, 'session', versionedEdit),
  'renovations:refund': channel<RenovationView>()(refundRenovationInput, 'session', versionedEdit),
  'renovations:void': channel<RenovationView>()(
    byId.extend({ version: versionSchema, reason: voidReasonSchema }),
    'lead',
    versionedEdit,
  ),
  'renovations:printed': channel<{ reprint: boolean }>()(byId, 'session'),
  'renovations:get': channel<RenovationView>()(byId, 'session'),
  'renovations:list': channel<RenovationPage>()(listRenovationsInput, 'session'),
  'renovations:attention': channel<RenovationCounts>()(z.object({}), 'session'),
  'renovations:settings': channel<RenovationSettings>()(z.object({}), 'session'),
  'renovations:saveSettings': channel<RenovationSettings>()(renovationSettingsSchema, 'supervisor'),
};

export const renovationsModule = contractModule('renovations', {
  channels: renovationsContract,
  labels: renovationsLabels,
  searchTag: 'status',
});
