import { z } from 'zod';
import { channel } from './channel';
import {
  editVersionSchema,
  epochMs,
  idSchema,
  optionalText,
  phoneSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionedIfEdit,
  versionOnEdit,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { checkIdDocument, idDocumentTypeValues } from './id-documents';
import { loanFilterValues, loanGuaranteeValues } from './loans-fields';
import { loansLabels } from './loans-labels';
import type { LoanItemView, LoanKindView, LoansAttention, LoanView } from './loans-views';
import { contractModule } from './module';
import { yuanSchema } from './money';

export * from './loans-fields';
export type * from './loans-views';

/** Adds a kind (no id) or edits one (its id and the version the form showed; a stale one is refused). */
export const loanKindInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    name: requiredText(20),
    deposit: yuanSchema({ field: 'loanDeposit', allowZero: true, emptyFen: 0 }),
    loanDays: z
      .number({ error: 'errors.required' })
      .int('errors.wholeNumber')
      .min(0, 'errors.amountSign')
      .max(60, 'errors.tooLarge'),
    overdueFee: yuanSchema({ field: 'loanFee', allowZero: true, emptyFen: 0 }),
    active: z.boolean().default(true),
  })
  .superRefine(versionOnEdit);
export type LoanKindInput = z.input<typeof loanKindInput>;

/** Adds an item (no id) or edits one (its id and the version the form showed; a stale one is refused). */
export const loanItemInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    kindId: idSchema,
    code: z
      .string({ error: 'errors.required' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9\u4e00-\u9fff-]{1,12}$/, 'errors.loanItemCodeFormat'),
    active: z.boolean().default(true),
    note: optionalText(60),
  })
  .superRefine(versionOnEdit);
export type LoanItemInput = z.input<typeof loanItemInput>;

/** A loan: against the kind's deposit, or an ID document checked by its type's rule and stored masked. */
export const lendInput = z
  .object({
    itemId: idSchema,
    borrowerName: requiredText(40),
    phone: phoneSchema,
    guarantee: z.enum(loanGuaranteeValues, { error: 'errors.required' }),
    idType: z.enum(idDocumentTypeValues).nullable().default(null),
    idNumber: z.string().trim().max(30, 'errors.tooLong').default(''),
    /** Empty is the kind's loan days from now (closing time for a same-day loan). */
    dueAt: epochMs.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.guarantee !== 'id') return;
    if (!v.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'errors.loanIdRequired' });
    else checkIdDocument(v.idType, v.idNumber, ctx);
  });
export type LendInput = z.input<typeof lendInput>;

/** Back at the desk (deposit refunded minus the overdue fee), or lost or damaged (deposit kept, with a reason). */
export const returnInput = z
  .object({
    id: idSchema,
    version: versionSchema,
    outcome: z.enum(['returned', 'kept'], { error: 'errors.required' }),
    /** Kept: what is still refunded of the deposit, in yuan; empty is nothing. */
    refund: yuanSchema({ field: 'loanDeposit', allowZero: true, emptyFen: 0 }).default(0),
    reason: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'kept' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errors.loanKeptReason' });
  });
export type ReturnInput = z.input<typeof returnInput>;

export const listLoansInput = z.object({
  filter: z.enum(loanFilterValues).default('out'),
  text: searchTextSchema(40).default(''),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ListLoansInput = z.input<typeof listLoansInput>;

const byId = z.object({ id: idSchema });

export const loansContract = {
  'loans:kinds': channel<LoanKindView[]>()(z.object({ includeInactive: z.boolean().default(false) }), 'session'),
  'loans:saveKind': channel<LoanKindView>()(loanKindInput, 'supervisor', { versioned: versionedIfEdit('loanKinds') }),
  'loans:items': channel<LoanItemView[]>()(z.object({ includeInactive: z.boolean().default(false) }), 'session'),
  'loans:saveItem': channel<LoanItemView>()(loanItemInput, 'supervisor', { versioned: versionedIfEdit('loanItems') }),
  'loans:lend': channel<LoanView>()(lendInput, 'session'),
  'loans:return': channel<LoanView>()(returnInput, 'session', { versioned: versionedBy('loans') }),
  'loans:get': channel<LoanView>()(byId, 'session'),
  'loans:list': channel<LoanView[]>()(listLoansInput, 'session'),
  'loans:void': channel<LoanView>()(
    z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('loans') },
  ),
  'loans:printed': channel<{ reprint: boolean }>()(byId, 'session'),
  'loans:attention': channel<LoansAttention>()(z.object({}), 'session'),
};

export const loansModule = contractModule('loans', { channels: loansContract, labels: loansLabels });
