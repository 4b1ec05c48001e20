import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Phone numbers as the desk stores them: one canonical form per number, so one person is one customer whichever way
 * the number was typed (021-12345678, 02112345678, (021) 1234 5678, +86 21 1234 5678, 0086…). libphonenumber-js
 * (Google's libphonenumber metadata, full "max" set) decides what is a real number and where the area code ends.
 *
 * Canonical forms: a mainland mobile is its 11 digits (13812345678); a mainland landline is area code, dash,
 * number (021-12345678, 0755-12345678), with `-extension` when there is one; other mainland numbers are their
 * digits (4008208820); numbers outside the mainland are E.164 (+85291234567).
 */

export type PhoneParse = { ok: true; phone: string } | { ok: false; messageKey: string };

/** Characters clerks type between the parts of a number; full-width forms are mapped by NFKC first. */
const SEPARATORS = /[\s\-–—()（）.·]/g;

/** 021-55501234-12, 021-55501234 转 12, 021-55501234 ext 12: the main number and its extension. */
function splitExtension(text: string): { main: string; ext: string } {
  const m = /^(.*\d)\s*(?:转|分机|ext\.?|x|#|-)\s*(\d{1,6})$/i.exec(text);
  return m ? { main: m[1] as string, ext: m[2] as string } : { main: text, ext: '' };
}

function canonical(text: string): string | null {
  const parsed = parsePhoneNumberFromString(text, 'CN');
  if (!parsed?.isValid()) return null;
  if (parsed.country !== 'CN') return parsed.number;
  const national = parsed.formatNational();
  if (parsed.getType() === 'MOBILE') return parsed.nationalNumber;
  if (national.startsWith('0')) {
    const [area, ...rest] = national.split(' ');
    return `${area}-${rest.join('')}`;
  }
  return parsed.nationalNumber;
}

/** The canonical form of a typed number, or the i18n key of why it is refused. */
export function normalisePhone(text: string): PhoneParse {
  const typed = text.normalize('NFKC').trim();
  if (typed === '') return { ok: false, messageKey: 'errors.required' };
  const whole = canonical(typed);
  if (whole) return { ok: true, phone: whole };
  const { main, ext } = splitExtension(typed);
  const mainCanonical = ext ? canonical(main) : null;
  if (mainCanonical?.startsWith('0')) return { ok: true, phone: `${mainCanonical}-${ext}` };
  return { ok: false, messageKey: phoneProblem(typed) };
}

/** Why a number that is not a real one is refused, as specifically as the digits allow. */
function phoneProblem(typed: string): string {
  if (/[^\d+\s\-–—()（）.·#转分机extEXT]/.test(typed)) return 'errors.phoneCharacters';
  const digits = typed.replace(SEPARATORS, '').replace(/^(\+86|0086)/, '');
  if (/^1\d*$/.test(digits)) return digits.length === 11 ? 'errors.phoneMobilePrefix' : 'errors.phoneMobileLength';
  if (/^[2-9]\d{6,7}$/.test(digits)) return 'errors.phoneAreaCode';
  if (/^0\d+$/.test(digits)) return 'errors.phoneLandline';
  return 'errors.phoneFormat';
}

/** Whether a typed text is a whole number (for hints such as "called 3 times"): the canonical form or null. */
export function canonicalPhoneOrNull(text: string): string | null {
  const parsed = normalisePhone(text);
  return parsed.ok ? parsed.phone : null;
}
