import type { z } from 'zod';
import {
  type LostfoundCategory,
  type LostfoundFinderKind,
  type LostfoundValueClass,
  lossReportInput,
  registerItemInput,
} from '../../../../shared/contract/lostfound';
import { formatDateTime, parseSiteDateTime } from '../../lib/time';

export type Checked<S extends z.ZodType> =
  | { ok: true; input: z.input<S> }
  | { ok: false; errors: Record<string, string> };

/**
 * Checks an input with the contract's own schema: the same refusals, with the same keys, as main would give. The
 * input goes to main as typed (main parses it again); `extra` are refusals the form found converting text.
 */
export function checkWith<S extends z.ZodType>(
  schema: S,
  input: z.input<S>,
  extra: Record<string, string> = {},
): Checked<S> {
  const parsed = schema.safeParse(input);
  const errors: Record<string, string> = { ...extra };
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!(path in errors)) errors[path] = issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
    }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input };
  return { ok: false, errors };
}

export interface ItemValues {
  category: LostfoundCategory;
  description: string;
  colour: string;
  brand: string;
  valueClass: LostfoundValueClass;
  cash: string;
  foundPlace: string;
  foundAt: string;
  finderKind: LostfoundFinderKind;
  finderName: string;
  finderPhone: string;
  storagePlace: string;
  photo: string | null;
}

export const emptyItem: ItemValues = {
  category: 'other',
  description: '',
  colour: '',
  brand: '',
  valueClass: 'ordinary',
  cash: '',
  foundPlace: '',
  foundAt: '',
  finderKind: 'customer',
  finderName: '',
  finderPhone: '',
  storagePlace: '',
  photo: null,
};

export function toItemInput(values: ItemValues, timeZone: string): Checked<typeof registerItemInput> {
  const foundAt = parseSiteDateTime(values.foundAt, timeZone);
  const extra: Record<string, string> = foundAt === undefined ? { foundAt: 'lostfound.form.timeFormat' } : {};
  return checkWith(registerItemInput, { ...values, foundAt: foundAt ?? null }, extra);
}

export interface ReportValues {
  reporterName: string;
  phone: string;
  category: LostfoundCategory;
  description: string;
  lostPlace: string;
  lostFrom: string;
  lostTo: string;
}

export function emptyReport(now: number, timeZone: string): ReportValues {
  return {
    reporterName: '',
    phone: '',
    category: 'other',
    description: '',
    lostPlace: '',
    lostFrom: formatDateTime(now - 2 * 3600_000, timeZone),
    lostTo: formatDateTime(now, timeZone),
  };
}

export function toReportInput(values: ReportValues, timeZone: string): Checked<typeof lossReportInput> {
  const extra: Record<string, string> = {};
  const time = (key: 'lostFrom' | 'lostTo') => {
    const at = parseSiteDateTime(values[key], timeZone);
    if (at === undefined || at === null) extra[key] = at === null ? 'errors.required' : 'lostfound.form.timeFormat';
    // A time that could not be read is refused above; the schema sees a value it refuses too.
    return at ?? -1;
  };
  const lostFrom = time('lostFrom');
  const lostTo = time('lostTo');
  return checkWith(lossReportInput, { ...values, lostFrom, lostTo }, extra);
}
