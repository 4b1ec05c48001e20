import { z } from 'zod';
import { idSchema } from './fields';

/** Value lists of the calls module, kept apart so the schema and the contract agree without importing db/. */
export const callDirectionValues = ['incoming', 'outgoing'] as const;
export const callCategoryValues = [
  'enquiry',
  'complaint',
  'repair',
  'booking',
  'group_purchase',
  'suggestion',
  'callback',
  'other',
] as const;
/**
 * Where a promised call back stands, computed by main from its clock so every screen agrees. Shown with the
 * status words every module shares (core labels), so it has no labels of its own.
 */
export const callbackStatusValues = ['open', 'dueSoon', 'overdue', 'done'] as const;

export const callsValueLists = {
  direction: callDirectionValues,
  category: callCategoryValues,
};

export type CallDirection = (typeof callDirectionValues)[number];
export type CallCategory = (typeof callCategoryValues)[number];
export type CallbackStatus = (typeof callbackStatusValues)[number];

export const callCursorSchema = z.object({ startedAt: z.number().int(), id: idSchema });
export type CallCursor = z.infer<typeof callCursorSchema>;
/** A callback due within this is "due soon" (yellow); past its due time it is overdue (red). */
export const CALLBACK_DUE_SOON_MS = 30 * 60 * 1000;
/** Repeat callers: how far back the count looks. */
export const REPEAT_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** "3:05" or "185" (seconds) to seconds; null when it is neither. A leading minus yields a negative number. */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  const mmss = /^(-?)(\d{1,3}):([0-5]\d)$/.exec(t);
  if (mmss) return (mmss[1] ? -1 : 1) * (Number(mmss[2]) * 60 + Number(mmss[3]));
  if (/^-?\d{1,5}$/.test(t)) return Number(t);
  return null;
}

/** Seconds to "m:ss". */
export function formatDuration(sec: number): string {
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}
