/**
 * Free text a clerk types (handover notes, complaint text, a fault, the items of a deposit) is printed as typed,
 * except the numbers in it that identify a person: phone-like and ID-like numbers are masked on paper the way the
 * desk masks them in fields (138****1234, 110***********1234). Dates, amounts, serials and receipt numbers are left
 * alone: a match needs the whole number, not part of a longer run of digits or letters.
 *
 * What counts: a resident ID (18 characters, the last a digit or X, or the old 15 digits); a mainland mobile
 * (11 digits from 13–19, written with spaces or dashes, +86 or 0086 before it); a landline with its area code
 * (0 and 2–3 digits, then 7–8 digits, with a dash, space or brackets); a permit or passport number (one or two
 * capital letters and 7 to 10 digits). A local landline without an area code is left as typed: eight digits are
 * as often a date.
 */

const NOT_BEFORE = String.raw`(?<![0-9A-Za-z])`;
const NOT_AFTER = String.raw`(?![0-9A-Za-z])`;

type Masker = { pattern: RegExp; mask(matched: string, area?: string, rest?: string): string };

const compactOf = (matched: string) => matched.replace(/[\s\-()（）]/g, '');

const keep = (compact: string, head: number, tail: number) =>
  compact.length <= head + tail
    ? '*'.repeat(compact.length)
    : `${compact.slice(0, head)}${'*'.repeat(compact.length - head - tail)}${compact.slice(-tail)}`;

const MASKERS: Masker[] = [
  // Mobile first (0086… is also 15 digits), optionally +86 / 0086, digits grouped by spaces or dashes (138****1234).
  {
    pattern: new RegExp(String.raw`${NOT_BEFORE}(?:(?:\+|00)86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}${NOT_AFTER}`, 'g'),
    mask: (m) => keep(compactOf(m).replace(/^(?:\+|00)86/, ''), 3, 4),
  },
  // Resident ID: 17 digits and a check character, or the old 15 digits (110***********1234).
  {
    pattern: new RegExp(String.raw`${NOT_BEFORE}(?:\d{17}[\dXx]|\d{15})${NOT_AFTER}`, 'g'),
    mask: (m) => keep(m.toUpperCase(), 3, 4),
  },
  // Landline with its area code: 021-12345678, (0591) 8765 4321, 075512345678 (0591-****4321).
  {
    pattern: new RegExp(
      String.raw`${NOT_BEFORE}(\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[\s-]?(\d{3,4}[\s-]?\d{4})${NOT_AFTER}`,
      'g',
    ),
    mask: (_m, area = '', rest = '') => `${compactOf(area)}-****${compactOf(rest).slice(-4)}`,
  },
  // Permits and passports: H12345678, E12345678, EA1234567 (H*****678).
  {
    pattern: new RegExp(String.raw`${NOT_BEFORE}[A-Z]{1,2}\d{7,10}${NOT_AFTER}`, 'g'),
    mask: (m) => keep(m, 1, 3),
  },
];

/** The text with every phone-like and ID-like number in it masked; full-width digits are read as digits. */
export function maskNumbersInText(text: string): string {
  let out = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/\d{5}|\d[\s-]\d/.test(out)) return text;
  for (const { pattern, mask } of MASKERS)
    out = out.replace(pattern, (matched: string, area?: string, rest?: string) =>
      mask(matched, typeof area === 'string' ? area : undefined, typeof rest === 'string' ? rest : undefined),
    );
  return out;
}
