import { z } from 'zod';
import { channel } from './channel';
import { creditCodeMessageKeys, creditCodeProblem } from './credit-code';
import {
  epochMs,
  idSchema,
  optionalPhoneSchema,
  optionalText,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionSchema,
  voidReasonSchema,
} from './fields';
import {
  buyerTypeValues,
  deliveryMethodValues,
  invoiceCursorSchema,
  invoiceKindValues,
  invoiceMediumValues,
  invoiceStatusValues,
} from './invoice-fields';
import { invoicesLabels } from './invoices-labels';
import type { InvoiceDailyTotals, InvoiceExport, InvoicePage, InvoiceView, RememberedBuyer } from './invoices-views';
import { contractModule } from './module';
import { calendarDaySchema, yuanSchema } from './money';

export * from './invoice-fields';
export * from './invoice-numbers';
export type * from './invoices-views';

export const invoiceKindSchema = z.enum(invoiceKindValues, { error: 'errors.required' });
export const invoiceMediumSchema = z.enum(invoiceMediumValues, { error: 'errors.required' });
export const buyerTypeSchema = z.enum(buyerTypeValues, { error: 'errors.required' });
export const invoiceStatusSchema = z.enum(invoiceStatusValues);
export const deliveryMethodSchema = z.enum(deliveryMethodValues, { error: 'errors.required' });

/** One receipt number: letters, digits and dashes as printed on the till slip. */
export const receiptNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z-]{3,40}$/, 'errors.receiptNoFormat');

/** "A123, A124" or one per line, as the clerk types or scans them. */
export function splitReceiptNos(text: string): string[] {
  return text
    .split(/[\s,，;；、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Fields that belong to a special VAT invoice only: the form shows them for one and refuses them otherwise. */
export const SPECIAL_ONLY_FIELDS = ['address', 'bank', 'account'] as const;

const taxpayerIdSchema = z.string().trim().toUpperCase().default('');

export const requestInvoiceInput = z
  .object({
    receiptNos: z.array(receiptNoSchema).min(1, 'errors.receiptNoRequired').max(50, 'errors.tooMany'),
    shopId: idSchema,
    purchaseDate: calendarDaySchema,
    amountYuan: yuanSchema({ field: 'invoiceAmount' }),
    kind: invoiceKindSchema,
    medium: invoiceMediumSchema,
    buyerType: buyerTypeSchema,
    title: requiredText(100),
    taxpayerId: taxpayerIdSchema,
    email: z.string().trim().default(''),
    address: optionalText(120),
    /** The registered phone of a special invoice, or the buyer's phone for electronic delivery: canonical form. */
    phone: optionalPhoneSchema,
    bank: optionalText(60),
    account: optionalText(40),
    notes: optionalText(200),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (new Set(v.receiptNos).size !== v.receiptNos.length) issue('receiptNos', 'errors.receiptNoRepeated');
    if (v.buyerType === 'organisation' && !v.taxpayerId) issue('taxpayerId', 'errors.taxpayerIdRequired');
    if (v.taxpayerId) {
      const problem = creditCodeProblem(v.taxpayerId);
      if (problem) issue('taxpayerId', creditCodeMessageKeys[problem]);
    }
    if (v.kind === 'vat_special' && v.buyerType !== 'organisation')
      issue('buyerType', 'errors.specialNeedsOrganisation');
    if (v.medium === 'electronic' && !v.email) issue('email', 'errors.emailRequired');
    if (v.email && !z.email().safeParse(v.email).success) issue('email', 'errors.emailFormat');
    if (v.kind === 'vat_special')
      for (const field of ['address', 'phone', 'bank', 'account'] as const)
        if (!v[field]) issue(field, 'errors.requiredForSpecial');
    // Address and bank details are printed only on a special invoice (which is always an organisation's).
    if (v.kind !== 'vat_special')
      for (const field of SPECIAL_ONLY_FIELDS) if (v[field]) issue(field, 'errors.onlyForSpecial');
  });
export type RequestInvoiceInput = z.input<typeof requestInvoiceInput>;
export type RequestInvoiceParsed = z.output<typeof requestInvoiceInput>;

/**
 * The numbers printed on the issued invoice. Which ones an invoice has depends on its medium (invoice-numbers.ts):
 * the service checks them against the request; here only their shape (a 数电票 has no code: empty).
 */
export const issueInvoiceInput = z.object({
  id: idSchema,
  version: versionSchema,
  invoiceCode: z
    .string()
    .trim()
    .regex(/^(?:|\d{10}|\d{12})$/, 'errors.invoiceCodeFormat')
    .default(''),
  invoiceNo: z
    .string({ error: 'errors.required' })
    .trim()
    .regex(/^(?:\d{8}|\d{20})$/, 'errors.invoiceNoFormat'),
});
export type IssueInvoiceInput = z.input<typeof issueInvoiceInput>;

export const deliverInvoiceInput = z.object({ id: idSchema, version: versionSchema, method: deliveryMethodSchema });

export const listInvoicesInput = z.object({
  from: epochMs.nullable().default(null),
  to: epochMs.nullable().default(null),
  status: invoiceStatusSchema.nullable().default(null),
  shopId: idSchema.nullable().default(null),
  text: searchTextSchema(40).default(''),
  cursor: invoiceCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListInvoicesInput = z.input<typeof listInvoicesInput>;

export const invoiceRangeInput = z
  .object({ from: epochMs, to: epochMs })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'errors.rangeOrder' });

export const invoicesContract = {
  'invoices:request': channel<InvoiceView>()(requestInvoiceInput, 'session'),
  // Each status change names the version of the request it was based on: one made elsewhere since is refused.
  'invoices:issue': channel<InvoiceView>()(issueInvoiceInput, 'session', { versioned: versionedBy('invoiceRequests') }),
  'invoices:deliver': channel<InvoiceView>()(deliverInvoiceInput, 'session', {
    versioned: versionedBy('invoiceRequests'),
  }),
  'invoices:void': channel<InvoiceView>()(
    z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema }),
    'lead',
    { versioned: versionedBy('invoiceRequests') },
  ),
  'invoices:get': channel<InvoiceView>()(z.object({ id: idSchema }), 'session'),
  'invoices:list': channel<InvoicePage>()(listInvoicesInput, 'session'),
  'invoices:buyers': channel<RememberedBuyer[]>()(z.object({ text: searchTextSchema(40) }), 'session'),
  'invoices:dailyTotals': channel<InvoiceDailyTotals>()(invoiceRangeInput, 'session'),
  'invoices:export': channel<InvoiceExport>()(invoiceRangeInput, 'session'),
  'invoices:attention': channel<{ open: number }>()(z.object({}), 'session'),
};

export const invoicesModule = contractModule('invoices', { channels: invoicesContract, labels: invoicesLabels });
