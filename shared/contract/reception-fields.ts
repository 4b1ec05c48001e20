/**
 * Value lists and pure checks of reception fields, shared so that the schema, the form and main agree and refuse
 * the same input with the same message.
 */
import { z } from 'zod';
import { idSchema } from './fields';
import { idDocumentTypeValues } from './id-documents';

export {
  type IdDocumentType,
  idDocumentInputTypes,
  idDocumentProblem,
  idDocumentTypeValues,
  isValidResidentId,
  normaliseIdNumber,
} from './id-documents';

export const visitPurposeValues = [
  'enquiry',
  'complaint',
  'repair',
  'help',
  'suggestion',
  'renovation',
  'pass',
  'large_item_release',
  'visit',
  'other',
] as const;

export const receptionValueLists = {
  purpose: visitPurposeValues,
  idType: idDocumentTypeValues,
};

export type VisitPurpose = (typeof visitPurposeValues)[number];

export const visitCursorSchema = z.object({ timeIn: z.number().int(), id: idSchema });
export type VisitCursor = z.infer<typeof visitCursorSchema>;

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Ordinary plate: province, letter, five of letters/digits (no I or O), optional 挂学警港澳 suffix in the last place. */
const ORDINARY_PLATE = new RegExp(`^[${PROVINCES}][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]$`);
/** New-energy plate (8 characters): D/F (and the A-K letters in use) first or last of the six after the city letter. */
const NEW_ENERGY_PLATE = new RegExp(
  `^[${PROVINCES}][A-HJ-NP-Z](([DFA-HJK][A-HJ-NP-Z0-9][0-9]{4})|([0-9]{5}[DFA-HJK]))$`,
);

/** Upper-cases and drops spaces, dots and dashes clerks type between the parts (粤B·12345). */
export function normalisePlate(value: string): string {
  return value.replace(/[\s·.-]/g, '').toUpperCase();
}

export function isValidPlate(value: string): boolean {
  const plate = normalisePlate(value);
  return ORDINARY_PLATE.test(plate) || NEW_ENERGY_PLATE.test(plate);
}

/** 110***********1234: first three and last four kept, the rest hidden. */
export function maskIdNumber(value: string): string {
  const id = value.trim().toUpperCase();
  if (id.length <= 7) return `${id.slice(0, 1)}${'*'.repeat(Math.max(0, id.length - 1))}`;
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}
