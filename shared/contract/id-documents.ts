/**
 * Identity documents a desk really sees, each with its own format check, shared by every form that takes one
 * (visitor registration, the watch list, a lost-slip pickup) and by main, so both refuse the same number with the
 * same message.
 */

import type { z } from 'zod';

/** 'other' stays readable on old records; no new number may be typed under it (it was a free-text hole). */
export const idDocumentTypeValues = [
  'resident_id',
  'hk_macau_permit',
  'taiwan_permit',
  'passport',
  'foreign_permanent_resident',
  'other',
] as const;
export type IdDocumentType = (typeof idDocumentTypeValues)[number];
/** The types a clerk may choose for a number typed now. */
export const idDocumentInputTypes = idDocumentTypeValues.filter((v) => v !== 'other');

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';

/** First two digits of a resident ID: the province-level region (GB/T 2260), and 71/81/82/83 for Taiwan, HK, Macau. */
const REGION_PREFIXES = new Set([
  ...'11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '),
  '71',
  '81',
  '82',
  '83',
]);

/** Upper case, without the spaces and dashes clerks type between the parts. */
export function normaliseIdNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/** ISO 7064 MOD 11-2 check character of the first 17 characters (GB 11643-1999). */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (RESIDENT_ID_WEIGHTS[i] as number);
  return RESIDENT_ID_CHECK[sum % 11] as string;
}

/** A YYYYMMDD birth date that exists, not before 1900 and not after today (in UTC+8, the desk's calendar). */
function birthDateProblem(yyyymmdd: string, now: number): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return true;
  const today = new Date(now + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
  return y < 1900 || yyyymmdd > today;
}

/** Why a resident ID (or an 18-digit permanent residence card of the 2023 design) is refused, or null. */
function eighteenDigitProblem(id: string, now: number, prefix: 'residentId' | 'foreignPermanent'): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return `errors.${prefix}Length`;
  if (prefix === 'residentId' && !REGION_PREFIXES.has(id.slice(0, 2))) return 'errors.residentIdRegion';
  if (birthDateProblem(id.slice(6, 14), now)) return `errors.${prefix}Birth`;
  if (residentIdCheckCharacter(id) !== id[17]) return `errors.${prefix}Check`;
  return null;
}

/**
 * Why a typed number is refused for its document type (an i18n key), or null when it is well formed. `now` decides
 * what "a birth date in the future" means.
 */
export function idDocumentProblem(type: IdDocumentType, value: string, now: number = Date.now()): string | null {
  const id = normaliseIdNumber(value);
  switch (type) {
    case 'resident_id':
      return eighteenDigitProblem(id, now, 'residentId');
    case 'hk_macau_permit':
      // 港澳居民来往内地通行证: H (Hong Kong) or M (Macau) and 8 digits; cards before 2013 had 2 more digits.
      return /^[HM]\d{8}(\d{2})?$/.test(id) ? null : 'errors.hkMacauPermitFormat';
    case 'taiwan_permit':
      // 台湾居民来往大陆通行证: 8 digits since 2015; the older booklet had 10, sometimes with a letter.
      return /^(\d{8}|\d{10}[A-Z]?)$/.test(id) ? null : 'errors.taiwanPermitFormat';
    case 'passport':
      // Chinese passports are E/G and 8 characters; foreign ones vary, but are 5 to 17 letters and digits.
      return /^[A-Z0-9]{5,17}$/.test(id) && /\d/.test(id) ? null : 'errors.passportFormat';
    case 'foreign_permanent_resident':
      // 外国人永久居留身份证: 2017 design, 3-letter nationality and 12 digits; 2023 design, 18 characters from 9.
      if (/^[A-Z]{3}\d{12}$/.test(id)) return null;
      if (id.startsWith('9') && id.length === 18) return eighteenDigitProblem(id, now, 'foreignPermanent');
      return 'errors.foreignPermanentFormat';
    case 'other':
      return 'errors.idTypeOther';
  }
}

/** GB 11643-1999 in full: 18 characters, plausible region, real birth date, check character. */
export function isValidResidentId(value: string, now: number = Date.now()): boolean {
  return idDocumentProblem('resident_id', value, now) === null;
}

/**
 * The contract's rule for a typed number: it needs its document type, and passes that type's own check, with the
 * reason at the number (or at the type, when the type is the old 'other' that takes no new number).
 */
export function checkIdDocument(
  type: IdDocumentType | null,
  number: string,
  ctx: z.RefinementCtx,
  paths: { type: string; number: string } = { type: 'idType', number: 'idNumber' },
): void {
  if (!number) return;
  if (!type) {
    ctx.addIssue({ code: 'custom', path: [paths.type], message: 'errors.idTypeRequired' });
    return;
  }
  const problem = idDocumentProblem(type, number);
  if (problem) ctx.addIssue({ code: 'custom', path: [type === 'other' ? paths.type : paths.number], message: problem });
}
