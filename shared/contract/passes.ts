import { z } from 'zod';
import { channel } from './channel';
import {
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
import { checkIdDocument, idDocumentTypeValues } from './id-documents';
import { contractModule } from './module';
import { calendarDaySchema, yuanSchema } from './money';
import { passCursorSchema, passKindValues, passStatusValues } from './passes-fields';
import { passesLabels } from './passes-labels';
import type { PassCounts, PassPage, PassView } from './passes-views';
import { optionalPlateSchema, unitSchema } from './releases';

export * from './passes-fields';
export type * from './passes-views';

const required = { error: 'errors.required' };

export const issuePassInput = z
  .object({
    kind: z.enum(passKindValues, required),
    holderName: requiredText(40),
    phone: phoneSchema,
    idType: z.enum(idDocumentTypeValues, required).nullable().default(null),
    idNumber: z.string().trim().max(30, 'errors.tooLong').default(''),
    company: requiredText(60),
    unit: unitSchema,
    vehiclePlate: optionalPlateSchema,
    validFrom: calendarDaySchema,
    validTo: calendarDaySchema,
    deposit: z
      .string()
      .default('')
      .pipe(yuanSchema({ field: 'passDeposit', allowZero: true, emptyFen: 0 })),
    fee: z
      .string()
      .default('')
      .pipe(yuanSchema({ field: 'passFee', allowZero: true, emptyFen: 0 })),
    /** A worker's pass issued under a renovation permit (装修许可): within its period, while its works are on. */
    renovationId: idSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    // A worker shows an ID, checked by its type's rule; a vehicle pass names its plate.
    if (v.kind === 'worker' && !v.idNumber)
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'errors.passIdRequired' });
    else checkIdDocument(v.idType, v.idNumber, ctx);
    if (v.kind === 'vehicle' && !v.vehiclePlate)
      ctx.addIssue({ code: 'custom', path: ['vehiclePlate'], message: 'errors.passPlateRequired' });
    if (v.validTo < v.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'errors.passPeriodOrder' });
  });
export type IssuePassInput = z.input<typeof issuePassInput>;

/** 交回: the pass comes back; the deposit is refunded, or part of it kept with a reason. */
export const returnPassInput = z.object({
  id: idSchema,
  version: versionSchema,
  /** Empty refunds the whole deposit (-1 here); less than the deposit needs a reason (the service checks). */
  refund: z
    .string()
    .default('')
    .pipe(yuanSchema({ field: 'passDeposit', allowZero: true, emptyFen: -1 })),
  note: optionalText(200),
});
export type ReturnPassInput = z.input<typeof returnPassInput>;

/**
 * 修改: a pass still out, corrected — the holder, phone, company, unit, plate and the last day. Only the fields the
 * clerk changed are sent, with the version the form was based on. The ID (kept masked) and the money are not edited.
 */
export const updatePassInput = patchOf(
  z.object({
    holderName: requiredText(40),
    phone: phoneSchema,
    company: requiredText(60),
    unit: unitSchema,
    vehiclePlate: optionalPlateSchema,
    validTo: calendarDaySchema,
  }),
).extend({ id: idSchema, version: versionSchema });
export type UpdatePassInput = z.input<typeof updatePassInput>;

export const listPassesInput = z.object({
  kind: z.enum(passKindValues, required).nullable().default(null),
  /** The passes issued under one renovation permit. */
  renovationId: idSchema.nullable().default(null),
  status: z.enum(passStatusValues, required).nullable().default(null),
  onlyOut: z.boolean().default(false),
  onlyExpired: z.boolean().default(false),
  text: searchTextSchema(40).default(''),
  cursor: passCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListPassesInput = z.input<typeof listPassesInput>;

const byId = z.object({ id: idSchema });

export const passesContract = {
  'passes:issue': channel<PassView>()(issuePassInput, 'session'),
  'passes:update': channel<PassView>()(updatePassInput, 'session', { versioned: versionedBy('passes') }),
  'passes:return': channel<PassView>()(returnPassInput, 'session', { versioned: versionedBy('passes') }),
  'passes:revoke': channel<PassView>()(byId.extend({ version: versionSchema, reason: voidReasonSchema }), 'lead', {
    versioned: versionedBy('passes'),
  }),
  'passes:printed': channel<{ ok: true }>()(byId, 'session'),
  'passes:get': channel<PassView>()(byId, 'session'),
  'passes:list': channel<PassPage>()(listPassesInput, 'session'),
  'passes:attention': channel<PassCounts>()(z.object({}), 'session'),
};

export const passesModule = contractModule('passes', {
  channels: passesContract,
  labels: passesLabels,
  searchTag: 'kind',
});
