import { z } from 'zod';
import { messageWithParams } from '../errors';

/**
 * Money as a clerk types it and as the desk shows it: one parser and one formatter for every money field on both
 * sides. Amounts are parsed as text (no floating point ever touches them) into integer fen; anything that could be
 * read two ways is refused with a reason rather than guessed.
 */

/**
 * The largest amount each money field takes by default, in fen: a typo of three extra zeros is refused, not stored.
 * A supervisor changes them in the settings (`settings:saveMoneyCeilings`); the parser reads the ones in force.
 */
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
  giftThreshold: 10_000_000, // ¥100,000.00 spent for one gift
  giftPurchase: 100_000_000, // ¥1,000,000.00 on the receipts shown
} as const;
export type MoneyField = keyof typeof moneyCeilingFen;
export const moneyFields = Object.keys(moneyCeilingFen) as MoneyField[];
export type MoneyCeilings = Record<MoneyField, number>;

/** The highest ceiling a supervisor may set for any field (¥100,000,000.00), and the lowest (¥1.00). */
export const moneyCeilingMaxFen = 10_000_000_000;
export const moneyCeilingMinFen = 100;

let ceilingsInForce: MoneyCeilings = { ...moneyCeilingFen };

/** The ceiling of a money field now: the setting the desk keeps, the default until it is read. */
export function moneyCeiling(field: MoneyField): number {
  return ceilingsInForce[field];
}

/**
 * Runs a (synchronous) parse with the desk's ceilings: main wraps every call's input parse in it with the ceilings
 * stored in its own database, so two databases in one process never see each other's.
 */
export function withMoneyCeilings<T>(ceilings: MoneyCeilings, work: () => T): T {
  const before = ceilingsInForce;
  ceilingsInForce = ceilings;
  try {
    return work();
  } finally {
    ceilingsInForce = before;
  }
}

/** The renderer's ceilings, set when the settings arrive (one desk per window). */
export function setMoneyCeilings(ceilings: MoneyCeilings): void {
  ceilingsInForce = { ...moneyCeilingFen, ...ceilings };
}

/** The ceiling a message names: `errors.amountTooLarge|{"max":"¥1,000.00"}`. */
export function tooLargeMessage(ceilingFen: number): string {
  return messageWithParams('errors.amountTooLarge', { max: formatMoney(ceilingFen) });
}

export type MoneyParse = { ok: true; fen: number } | { ok: false; messageKey: string };

export interface MoneyRule {
  field: MoneyField;
  /** Zero is a real amount for a fee or cash counted, not for an invoice or a refund. */
  allowZero?: boolean;
  /** Empty text is this amount (an optional fee is 0); without it empty is refused as required. */
  emptyFen?: number;
  /** A ceiling of its own instead of the field's setting (the settings form of the ceilings themselves). */
  ceilingFen?: number;
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
  const ceiling = rule.ceilingFen ?? moneyCeiling(rule.field);
  const tooLarge = () => refuse(tooLargeMessage(ceiling));
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
    .check((ctx) => {
      const ceiling = moneyCeiling(field);
      if (ctx.value > ceiling) ctx.issues.push({ code: 'custom', message: tooLargeMessage(ceiling), input: ctx.value });
    });
}

/** One ceiling as a supervisor sets it: whole fen between ¥1.00 and ¥100,000,000.00. */
const ceilingSchema = z
  .number({ error: 'errors.required' })
  .int('errors.amountFormat')
  .min(moneyCeilingMinFen, 'errors.amountPositive')
  .max(moneyCeilingMaxFen, tooLargeMessage(moneyCeilingMaxFen));

/** Every field's ceiling; a stored value misses none (the defaults fill the gaps of an older one). */
export const moneyCeilingsSchema = z.object(
  Object.fromEntries(moneyFields.map((f) => [f, ceilingSchema])) as Record<MoneyField, typeof ceilingSchema>,
);

/** A calendar day as YYYY-MM-DD that exists (no 2026-02-30). */
export const calendarDaySchema = z
  .string({ error: 'errors.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.dateFormat')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'errors.dateFormat');
