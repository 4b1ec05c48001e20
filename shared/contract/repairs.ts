import { z } from 'zod';
import { channel } from './channel';
import { satisfactionValues } from './complaint-fields';
import {
  epochMs,
  idSchema,
  optionalPhoneSchema,
  optionalText,
  phoneSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { contractModule } from './module';
import { yuanSchema } from './money';
import {
  defaultRepairSettings,
  reopensOrder,
  repairCategoryValues,
  repairCursorSchema,
  repairLocationKindValues,
  repairStatusValues,
  repairUrgencyValues,
} from './repair-fields';
import { repairsLabels } from './repairs-labels';
import type { RepairCounts, RepairOrderDetail, RepairPage, RepairTeamView } from './repairs-views';

export * from './repair-fields';
export type * from './repairs-views';

const required = { error: 'errors.required' };
export const repairCategorySchema = z.enum(repairCategoryValues, required);
export const repairUrgencySchema = z.enum(repairUrgencyValues, required);
export const repairStatusSchema = z.enum(repairStatusValues, required);
export const repairLocationKindSchema = z.enum(repairLocationKindValues, required);

/** A repair fee typed in yuan (empty is none), kept in fen by the contract's one money parser. */
export const repairFeeSchema = z
  .string()
  .default('')
  .pipe(yuanSchema({ field: 'repairFee', allowZero: true, emptyFen: 0 }));

/** What a clerk types for a repair report; shared by create and edit. */
const orderFields = z.object({
  locationKind: repairLocationKindSchema,
  location: requiredText(100),
  shopId: idSchema.nullable().default(null),
  category: repairCategorySchema,
  urgency: repairUrgencySchema,
  description: requiredText(500),
  reporterName: requiredText(40),
  phone: phoneSchema,
});

export const createRepairInput = orderFields
  .extend({
    reportedAt: epochMs.optional(),
    /** The visit or call the report came in with, if any (one at most). */
    visitId: idSchema.nullable().default(null),
    callId: idSchema.nullable().default(null),
    /** Dispatch at once to this team. */
    teamId: idSchema.nullable().default(null),
  })
  .refine((v) => !(v.visitId && v.callId), { path: ['callId'], message: 'errors.repairOneSource' });
export type CreateRepairInput = z.input<typeof createRepairInput>;

export const updateRepairInput = orderFields.extend({ id: idSchema, version: versionSchema });
export type UpdateRepairInput = z.input<typeof updateRepairInput>;

export const dispatchRepairInput = z.object({ id: idSchema, teamId: idSchema, note: optionalText(200) });
export const arriveRepairInput = z.object({ id: idSchema, at: epochMs.optional() });
export const completeRepairInput = z.object({
  id: idSchema,
  workDone: requiredText(500),
  materials: optionalText(300),
  fee: repairFeeSchema,
  customerConfirmed: z.boolean({ error: 'errors.required' }),
});
export type CompleteRepairInput = z.input<typeof completeRepairInput>;

export const followUpRepairInput = z
  .object({
    id: idSchema,
    satisfaction: z.enum(satisfactionValues, required),
    note: optionalText(300),
  })
  .refine((v) => !reopensOrder(v.satisfaction) || v.note.length > 0, {
    path: ['note'],
    message: 'errors.repairReopenReason',
  });
export type FollowUpRepairInput = z.input<typeof followUpRepairInput>;

export const closeRepairInput = z.object({ id: idSchema, note: optionalText(200) });

export const listRepairsInput = z.object({
  from: epochMs.nullable().default(null),
  to: epochMs.nullable().default(null),
  status: repairStatusSchema.nullable().default(null),
  category: repairCategorySchema.nullable().default(null),
  teamId: idSchema.nullable().default(null),
  onlyOpen: z.boolean().default(false),
  onlyOverdue: z.boolean().default(false),
  /** Completed orders whose return visit is due. */
  onlyFollowUp: z.boolean().default(false),
  text: searchTextSchema(40).default(''),
  includeVoided: z.boolean().default(true),
  cursor: repairCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListRepairsInput = z.input<typeof listRepairsInput>;

export const repairTeamInput = z.object({
  id: idSchema.nullable().default(null),
  name: requiredText(40),
  phone: optionalPhoneSchema,
  active: z.boolean().default(true),
});
export type RepairTeamInput = z.input<typeof repairTeamInput>;

const minutes = z
  .number({ error: 'errors.required' })
  .int('errors.wholeNumber')
  .min(1, 'errors.atLeastOne')
  .max(7 * 24 * 60, 'errors.tooLarge');

const perUrgency = z.object({ urgent: minutes, normal: minutes });

/** Settings saved before the completion and return-visit limits existed read with the default limits. */
export const repairSettingsSchema = z
  .object({
    targetMinutes: perUrgency,
    completeMinutes: perUrgency.default(defaultRepairSettings.completeMinutes),
    followUpMinutes: minutes.default(defaultRepairSettings.followUpMinutes),
  })
  .refine((v) => v.completeMinutes.urgent >= v.targetMinutes.urgent, {
    path: ['completeMinutes', 'urgent'],
    message: 'errors.repairCompleteBeforeArrival',
  })
  .refine((v) => v.completeMinutes.normal >= v.targetMinutes.normal, {
    path: ['completeMinutes', 'normal'],
    message: 'errors.repairCompleteBeforeArrival',
  });
export type RepairSettings = z.output<typeof repairSettingsSchema>;
export { defaultRepairSettings };

const byId = z.object({ id: idSchema });

export const repairsContract = {
  'repairs:create': channel<RepairOrderDetail>()(createRepairInput, 'session'),
  'repairs:update': channel<RepairOrderDetail>()(updateRepairInput, 'session', {
    versioned: versionedBy('repairOrders'),
  }),
  'repairs:dispatch': channel<RepairOrderDetail>()(dispatchRepairInput, 'session'),
  'repairs:arrive': channel<RepairOrderDetail>()(arriveRepairInput, 'session'),
  'repairs:complete': channel<RepairOrderDetail>()(completeRepairInput, 'session'),
  'repairs:followUp': channel<RepairOrderDetail>()(followUpRepairInput, 'session'),
  'repairs:close': channel<RepairOrderDetail>()(closeRepairInput, 'session'),
  'repairs:void': channel<RepairOrderDetail>()(
    byId.extend({ version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('repairOrders') },
  ),
  'repairs:printed': channel<{ ok: true }>()(byId, 'session'),
  'repairs:get': channel<RepairOrderDetail>()(byId, 'session'),
  'repairs:list': channel<RepairPage>()(listRepairsInput, 'session'),
  'repairs:attention': channel<RepairCounts>()(z.object({}), 'session'),
  'repairs:teams': channel<RepairTeamView[]>()(z.object({ includeInactive: z.boolean().default(false) }), 'session'),
  'repairs:saveTeam': channel<RepairTeamView>()(repairTeamInput, 'supervisor'),
  'repairs:settings': channel<RepairSettings>()(z.object({}), 'session'),
  'repairs:saveSettings': channel<RepairSettings>()(repairSettingsSchema, 'supervisor'),
};

export const repairsModule = contractModule('repairs', {
  channels: repairsContract,
  labels: repairsLabels,
  searchTag: 'category',
});
