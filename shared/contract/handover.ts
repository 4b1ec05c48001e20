import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import { idSchema, optionalText, pinSchema, requiredText } from './fields';
import { handoverLabels } from './handover-labels';
import { contractModule } from './module';
import { fenSchema } from './money';
import type { SessionView } from './session';

/** One open thing on the sheet. Personal data is masked before it gets here: never a full phone or ID number. */
export interface HandoverItem {
  serial?: string;
  name?: string;
  phoneMasked?: string;
  since?: number;
  due?: number;
  location?: string;
  note?: string;
  overdue?: boolean;
}

/** What one module contributes to the sheet; every `key` is an i18n key under `handover.*`. */
export interface HandoverSectionData {
  key: string;
  counts: { key: string; value: number }[];
  open: { key: string; items: HandoverItem[] }[];
  cash: { key: string; fen: number }[];
}

/**
 * What the desk warns of at closing time (a banner) and on the handover sheet: what the day leaves open. Each is a
 * module's own rule (its handover section's `closing`); the renderer links each to the module's list of it.
 */
export const closingWarningKeys = ['visitorsOnSite', 'pickupsDueToday', 'callbacksDueToday'] as const;
export type ClosingWarningKey = (typeof closingWarningKeys)[number];

export interface ClosingWarning {
  key: ClosingWarningKey;
  count: number;
}

export interface ClosingWarnings {
  /** Today's closing time in the site's zone; null on a closed day. */
  closingAt: number | null;
  /** The app's clock has reached today's closing time (the desk is still staffed past it). */
  reached: boolean;
  /** Only those with something open, in the registry's order. */
  warnings: ClosingWarning[];
}

export interface HandoverClerk {
  id: string;
  name: string;
  employeeNo: string;
}

/** The compiled sheet of one shift: what the outgoing clerk hands over. Stored as-is when the shift is closed. */
export interface HandoverSheet {
  shiftId: string;
  siteName: string;
  counterName: string;
  outgoing: HandoverClerk;
  openedAt: number;
  compiledAt: number;
  sections: HandoverSectionData[];
  cashExpectedFen: number;
  trackedItems: string[];
  /** What the day leaves open as the sheet was compiled; absent on sheets stored before the warnings existed. */
  closingWarnings?: ClosingWarning[];
}

export interface HandoverItemCount {
  name: string;
  count: number;
}

/** A handover as stored: the snapshot plus what was entered and who acknowledged. */
export interface HandoverRecord {
  id: string;
  serialNo: string;
  sheet: HandoverSheet;
  incoming: HandoverClerk | null;
  closedAt: number;
  acknowledgedAt: number | null;
  noSuccessor: boolean;
  notes: string;
  cashExpectedFen: number;
  cashCountedFen: number;
  cashDifferenceNote: string;
  itemCounts: HandoverItemCount[];
  auditCount: number;
  auditHashPrefix: string;
}

export interface HandoverListRow {
  id: string;
  serialNo: string;
  closedAt: number;
  counterName: string;
  outgoingName: string;
  incomingName: string | null;
  noSuccessor: boolean;
  cashDifferenceFen: number;
}

export interface HandoverCloseResult {
  handover: HandoverRecord;
  /** The incoming clerk's session, or null: without a successor the desk is logged out. */
  session: SessionView | null;
  backupOk: boolean;
}

export interface HandoverSettings {
  trackedItems: string[];
  /** Where the desktop app saves each sheet as PDF; empty saves none. */
  pdfFolder: string;
}

export const defaultHandoverSettings: HandoverSettings = { trackedItems: ['钥匙', '对讲机', '雨伞'], pdfFolder: '' };

export const handoverSettingsSchema = z.object({
  trackedItems: z.array(requiredText(20)).max(30, messageWithParams('errors.tooMany', { max: 30 })),
  /** Left out, the stored folder stays as it is (the tracked-items editor does not send it). */
  pdfFolder: z
    .string()
    .trim()
    .max(400, messageWithParams('errors.tooLong', { max: 400 }))
    .optional(),
});
export type HandoverSettingsInput = z.output<typeof handoverSettingsSchema>;

/** Saving the sheet as PDF: only the desktop app can; in browser mode the print dialog's "save as PDF" does it. */
export type HandoverPdfResult = { saved: true; file: string } | { saved: false; reason: 'browser' | 'noFolder' };

const countSchema = z
  .number({ error: 'errors.required' })
  .int('errors.wholeNumber')
  .min(0, 'errors.invalid')
  .max(9999, 'errors.tooLarge');

export const closeHandoverInput = z
  .object({
    notes: optionalText(2000),
    cashCountedFen: fenSchema('handoverCash'),
    cashDifferenceNote: optionalText(500),
    itemCounts: z
      .array(z.object({ name: requiredText(20), count: countSchema }))
      .max(30)
      .default([]),
    incoming: z.object({ clerkId: idSchema, pin: pinSchema }).nullable(),
  })
  .superRefine((v, ctx) => {
    const names = v.itemCounts.map((i) => i.name);
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: 'custom', path: ['itemCounts'], message: 'errors.duplicate' });
  });
export type CloseHandoverInput = z.input<typeof closeHandoverInput>;

export const handoverContract = {
  'handover:preview': channel<HandoverSheet>()(z.object({}), 'session'),
  /** The header's closing-time banner asks this every minute. */
  'handover:closingWarnings': channel<ClosingWarnings>()(z.object({}), 'session'),
  'handover:close': channel<HandoverCloseResult>()(closeHandoverInput, 'session', {
    pins: (input) => [input.incoming],
  }),
  'handover:list': channel<HandoverListRow[]>()(
    z.object({ limit: z.number().int().min(1).max(200).default(50) }),
    'session',
  ),
  'handover:get': channel<HandoverRecord>()(z.object({ id: idSchema }), 'session'),
  /** Public so that the end-of-day sheet can be printed (and audited) right after the desk was logged out. */
  'handover:printed': channel<null>()(z.object({ id: idSchema, reprint: z.boolean().default(false) }), 'public'),
  /** Public for the same reason as `handover:printed`: the end-of-day sheet is saved right after the logout. */
  'handover:savePdf': channel<HandoverPdfResult>()(
    z.object({ id: idSchema, reprint: z.boolean().default(false) }),
    'public',
  ),
  'handover:settings': channel<HandoverSettings>()(z.object({}), 'session'),
  'handover:saveSettings': channel<HandoverSettings>()(handoverSettingsSchema, 'supervisor'),
};

export const handoverModule = contractModule('handover', { channels: handoverContract, labels: handoverLabels });
