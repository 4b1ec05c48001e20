import { z } from 'zod';

/**
 * Yuan typed by a clerk ("1234.5", "1,234.50", "¥88") to integer fen, parsed as text so no floating point
 * ever touches the amount. Null when it is not a plain amount with at most two decimals.
 */
export function parseYuanToFen(text: string): number | null {
  const t = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  const match = /^(-?)(\d{1,9})(?:\.(\d{0,2}))?$/.exec(t);
  if (!match) return null;
  const [, sign, whole, decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return sign ? -fen : fen;
}

/** Integer fen back to the "1234.50" a clerk would type (for editing and export). */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A positive amount typed in yuan, out as fen: not negative, not zero, two decimals at most. */
export const positiveYuanSchema = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, 'errors.required')
  .transform((v, ctx) => {
    const fen = parseYuanToFen(v);
    if (fen === null) {
      ctx.addIssue({ code: 'custom', message: 'errors.amountFormat' });
      return z.NEVER;
    }
    if (fen <= 0) {
      ctx.addIssue({ code: 'custom', message: 'errors.amountPositive' });
      return z.NEVER;
    }
    return fen;
  });

/** A calendar day as YYYY-MM-DD that exists (no 2026-02-30). */
export const calendarDaySchema = z
  .string({ error: 'errors.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.dateFormat')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'errors.dateFormat');
