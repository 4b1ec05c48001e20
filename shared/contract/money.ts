import { z } from 'zod';
import { messageWithParams } from '../errors';

/**
 * Money as a clerk types it and as the desk shows it: one parser and one formatter for every money field on both
 * sides. Amounts are parsed as text (no floating point ever touches them) into integer fen; anything that could be
 * read two ways is refused with a reason rather than guessed.
 */

/** The largest amount each money field takes, in fen: a typo of three extra zeros is refused, not stored. */
export const moneyCeilingFen = {
  invoiceAmount: 100_000_000, // ¥1,000,000.00
  refund: 10_000_000, // ¥100,000.00
  newProductAmount: 10_000_000,
  storageFee: 100_000, // ¥1,000.00
  storageWaiver: 100_000,
  compensation: 10_000_000, // ¥100,000.00
  compensationLimit: 10_000_000,
  handoverCash: 10_000_000, // ¥100,000.00
  lostfoundCash: 10_000_000, // ¥100,000.00 found in one wallet or envelope
  repairFee: 10_000_000, // ¥100,000.00
  loanDeposit: 500_000, // ¥5,000.00 (a wheelchair)
  loanFee: 100_000, // ¥1,000.00
  passDeposit: 1_000_000, // ¥10,000.00 (a contractor's vehicle pass)
  passFee: 100_000, // ¥1,000.00
  renovationDeposit: 10_000_000, // ¥100,000.00 (a shop's fit-out)
  renovationFee: 1_000_000, // ¥10,000.00
} as const;
export type MoneyField = keyof typeof moneyCeilingFen;

export type MoneyParse = { ok: true; fen: number } | { ok: false; messageKey: string };

export interface MoneyRule {
  field: MoneyField;
  /** Zero is a real amount for a fee or cash counted, not for an invoice or a refund. */
  allowZero?: boolean;
  /** Empty text is this amount (an optional fee is 0); without it empty is refused as required. */
  emptyFen?: number;
}

/**
 * Full-width digits and punctuation from a Chinese input method (１２．５０, ￥, 。as the decimal point) to their
 * ASCII forms; NFKC maps the full-width forms, the ideographic full stop is mapped by hand.
 */
export function normaliseMoneyText(text: string): string {
  return text.normalize('NFKC').replace(/。/g, '.').trim();
}

/** Text in yuan to integer fen, or the i18n key of why it is refused. */
export function parseMoney(text: string, rule: MoneyRule): MoneyParse {
  const refuse = (messageKey: string): MoneyParse => ({ ok: false, messageKey });
  const t = normaliseMoneyText(text).replace(/^¥\s*/, '');
  if (t === '') return rule.emptyFen === undefined ? refuse('errors.required') : { ok: true, fen: rule.emptyFen };
  if (/[eE]/.test(t) && /\d/.test(t)) return refuse('errors.amountExponent');
  if (/^[+-]/.test(t)) return refuse('errors.amountSign');
  if (/^\d+(?:\.\d{3})*,\d{1,2}$/.test(t)) return refuse('errors.amountDecimalComma');
  if (/^[\d,]*\.\d{3,}$/.test(t)) return refuse('errors.amountDecimals');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!match) return refuse(t.includes(',') ? 'errors.amountGrouping' : 'errors.amountFormat');
  const whole = (match[1] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const ceiling = moneyCeilingFen[rule.field];
  const tooLarge = () => refuse(messageWithParams('errors.amountTooLarge', { max: formatMoney(ceiling) }));
  if (whole.length > 12) return tooLarge();
  const fen = Number(whole) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (fen > ceiling) return tooLarge();
  if (fen === 0 && !rule.allowZero) return refuse('errors.amountPositive');
  return { ok: true, fen };
}

/** Groups of three with commas: 8650 → "8,650". */
function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Integer fen as the desk shows and prints it: ¥8,650.50 (−¥12.00 for a negative difference). */
export function formatMoney(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${grouped(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/** Integer fen as the text a form starts with for editing ("8,650.50"); it parses back to the same fen. */
export function moneyInputText(fen: number): string {
  return formatMoney(fen).replace('¥', '');
}

/**
 * A money field of a contract: the clerk's text in, integer fen out, refused with the parser's reason.
 */
export function yuanSchema(rule: MoneyRule) {
  return z.string({ error: 'errors.required' }).transform((v, ctx) => {
    const parsed = parseMoney(v, rule);
    if (parsed.ok) return parsed.fen;
    ctx.addIssue({ code: 'custom', message: parsed.messageKey });
    return z.NEVER;
  });
}

/** An amount already in fen (storage fees, compensation, cash counted): whole, not negative, under its ceiling. */
export function fenSchema(field: MoneyField) {
  return z
    .number({ error: 'errors.required' })
    .int('errors.amountFormat')
    .min(0, 'errors.amountSign')
    .max(
      moneyCeilingFen[field],
      messageWithParams('errors.amountTooLarge', { max: formatMoney(moneyCeilingFen[field]) }),
    );
}

/** A calendar day as YYYY-MM-DD that exists (no 2026-02-30). */
export const calendarDaySchema = z
  .string({ error: 'errors.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.dateFormat')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'errors.dateFormat');
