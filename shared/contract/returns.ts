import { z } from 'zod';
import { channel } from './channel';
import {
  epochMs,
  idSchema,
  optionalPhoneSchema,
  optionalText,
  pinSchema,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { contractModule } from './module';
import { calendarDaySchema, yuanSchema } from './money';
import {
  type DifferencePayer,
  type RefundMethod,
  type ReturnApprovalStatus,
  type ReturnKind,
  refundMethodValues,
  returnKindValues,
} from './return-fields';
import type { ReturnPolicyVerdict } from './return-policy';
import { returnsLabels } from './returns-labels';

export * from './return-fields';
export * from './return-policy';

/** Money goes back to the customer: a return's amount, or an exchange for a cheaper product's difference. */
export function refundsCustomer(kind: ReturnKind, amountFen: number, newAmountFen: number | null): boolean {
  return kind === 'return' || (newAmountFen !== null && newAmountFen < amountFen);
}

/** Who pays an exchange's difference (new minus old): the customer pays more, or the desk refunds them. */
export function differencePayer(priceDifferenceFen: number): DifferencePayer | null {
  if (priceDifferenceFen > 0) return 'customer';
  if (priceDifferenceFen < 0) return 'desk';
  return null;
}

export const returnKindSchema = z.enum(returnKindValues, { error: 'errors.required' });

/** What the policy needs: checked live while the clerk fills the form, and again when registering. */
export const returnPolicyInput = z.object({
  kind: returnKindSchema,
  purchaseDate: calendarDaySchema,
  qualityProblem: z.boolean(),
  hasReceipt: z.boolean(),
  receiptMatches: z.boolean(),
  packagingUnopened: z.boolean(),
  pastShelfLife: z.boolean(),
});

export const registerReturnInput = returnPolicyInput
  .extend({
    customerName: requiredText(40),
    phone: optionalPhoneSchema,
    product: requiredText(80),
    specification: optionalText(60),
    quantity: z
      .number({ error: 'errors.required' })
      .int('errors.quantityFormat')
      .min(1, 'errors.quantityFormat')
      .max(9999, 'errors.tooLarge'),
    shopId: idSchema,
    amountYuan: yuanSchema({ field: 'refund' }),
    /** 小票号: required when the customer shows a receipt. */
    receiptNo: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([0-9A-Z-]{3,40})?$/, 'errors.receiptNoFormat')
      .default(''),
    /** 退款方式 of the money that goes back to the customer; null when none does. */
    refundMethod: z.enum(refundMethodValues, { error: 'errors.refundMethodRequired' }).nullable().default(null),
    reason: requiredText(300),
    newProduct: optionalText(80),
    newSpecification: optionalText(60),
    newAmountYuan: z.union([z.literal(''), yuanSchema({ field: 'newProductAmount' })]).default(''),
    /** A supervisor's exception when the request falls outside the policy. */
    approval: z
      .object({ approverId: idSchema, pin: pinSchema, reason: requiredText(200) })
      .nullable()
      .default(null),
    /** Or, with no supervisor at hand: sent for approval (待审批) with the clerk's reason, decided later. */
    requestApproval: z
      .object({ reason: requiredText(200) })
      .nullable()
      .default(null),
  })
  .superRefine((v, ctx) => {
    if (v.approval && v.requestApproval)
      ctx.addIssue({ code: 'custom', path: ['requestApproval'], message: 'errors.approvalOrRequest' });
    if (v.kind === 'return' && (v.newProduct || v.newAmountYuan !== ''))
      ctx.addIssue({ code: 'custom', path: ['newProduct'], message: 'errors.newProductOnlyForExchange' });
    if (v.newProduct && v.newAmountYuan === '')
      ctx.addIssue({ code: 'custom', path: ['newAmountYuan'], message: 'errors.newAmountRequired' });
    if (!v.newProduct && v.newAmountYuan !== '')
      ctx.addIssue({ code: 'custom', path: ['newProduct'], message: 'errors.required' });
    if (v.hasReceipt && !v.receiptNo)
      ctx.addIssue({ code: 'custom', path: ['receiptNo'], message: 'errors.returnReceiptNoRequired' });
    const refunded = refundsCustomer(v.kind, v.amountYuan, v.newAmountYuan === '' ? null : v.newAmountYuan);
    if (refunded && v.refundMethod === null)
      ctx.addIssue({ code: 'custom', path: ['refundMethod'], message: 'errors.refundMethodRequired' });
    if (!refunded && v.refundMethod !== null)
      ctx.addIssue({ code: 'custom', path: ['refundMethod'], message: 'errors.refundMethodNotApplicable' });
  });
export type RegisterReturnInput = z.input<typeof registerReturnInput>;
export type RegisterReturnParsed = z.output<typeof registerReturnInput>;

export const decideReturnInput = z
  .object({
    id: idSchema,
    /** The version of the request the supervisor decided on: a decision already taken elsewhere is refused. */
    version: versionSchema,
    decision: z.enum(['approve', 'reject'], { error: 'errors.required' }),
    note: optionalText(200),
    approval: z.object({ approverId: idSchema, pin: pinSchema }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'errors.rejectionNeedsReason' });
  });
export type DecideReturnInput = z.input<typeof decideReturnInput>;

export const listReturnsInput = z.object({
  from: epochMs.nullable().default(null),
  to: epochMs.nullable().default(null),
  kind: returnKindSchema.nullable().default(null),
  shopId: idSchema.nullable().default(null),
  /** Only those waiting for a supervisor's decision, whatever their day. */
  pendingOnly: z.boolean().default(false),
  text: searchTextSchema(40).default(''),
  includeVoided: z.boolean().default(true),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type ListReturnsInput = z.input<typeof listReturnsInput>;

/** One return or exchange as the 退换货汇总表 shows it. */
export interface ReturnView {
  id: string;
  /** Sent back with a decision or a void: one based on an older version is refused. */
  version: number;
  serialNo: string;
  kind: ReturnKind;
  customerName: string;
  phone: string;
  product: string;
  specification: string;
  quantity: number;
  shopId: string;
  shopName: string;
  purchaseDate: string;
  amountFen: number;
  /** '' on requests registered without a receipt, and on those from before migration 0047. */
  receiptNo: string;
  /** null when nothing went back to the customer (or registered before migration 0047). */
  refundMethod: RefundMethod | null;
  qualityProblem: boolean;
  reason: string;
  hasReceipt: boolean;
  receiptMatches: boolean;
  packagingUnopened: boolean;
  pastShelfLife: boolean;
  meetsPolicy: boolean;
  policyReasons: string[];
  exceptionApprovedBy: string | null;
  exceptionApproverName: string | null;
  exceptionReason: string | null;
  approvalStatus: ReturnApprovalStatus;
  decidedByName: string | null;
  decidedAt: number | null;
  decisionNote: string | null;
  newProduct: string;
  newSpecification: string;
  newAmountFen: number | null;
  /** New minus old: positive the customer pays, negative the customer is refunded. */
  priceDifferenceFen: number;
  /** Who pays the difference (顾客补 / 退顾客), null when there is none. */
  differencePayer: DifferencePayer | null;
  clerkName: string;
  createdAt: number;
  voidedAt: number | null;
  voidReason: string | null;
  /** The lead who voided it. */
  voidedByName: string | null;
}

export interface ReturnList {
  rows: ReturnView[];
  refundFen: number;
  differenceFen: number;
}

export const returnsContract = {
  'returns:check': channel<ReturnPolicyVerdict>()(returnPolicyInput, 'session'),
  'returns:register': channel<ReturnView>()(registerReturnInput, 'session', {
    pins: ({ approval }) => (approval ? [{ clerkId: approval.approverId, pin: approval.pin }] : []),
  }),
  'returns:decide': channel<ReturnView>()(decideReturnInput, 'session', {
    pins: ({ approval }) => [{ clerkId: approval.approverId, pin: approval.pin }],
    versioned: versionedBy('returnRequests'),
  }),
  'returns:void': channel<ReturnView>()(
    z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('returnRequests') },
  ),
  'returns:get': channel<ReturnView>()(z.object({ id: idSchema }), 'session'),
  /** A 退换货单 printed for the customer's signature: audited, and a second one is a reprint. */
  'returns:printed': channel<{ reprint: boolean }>()(z.object({ id: idSchema }), 'session'),
  'returns:list': channel<ReturnList>()(listReturnsInput, 'session'),
  'returns:export': channel<{ fileName: string; base64: string; rowCount: number }>()(listReturnsInput, 'session'),
};

export const returnsModule = contractModule('returns', { channels: returnsContract, labels: returnsLabels });
