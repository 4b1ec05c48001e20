import { z } from 'zod';
import { messageWithParams } from '../errors';

/** Reusable field schemas whose messages are i18n keys. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, 'errors.required')
    .max(max, messageWithParams('errors.tooLong', { max }));

export const optionalText = (max: number) =>
  z.string().trim().max(max, messageWithParams('errors.tooLong', { max })).default('');

export const idSchema = z.string({ error: 'errors.required' }).uuid('errors.invalidId');

export const pinSchema = z.string({ error: 'errors.required' }).regex(/^\d{4,8}$/, 'errors.pinFormat');

/** Mainland mobile (11 digits, 1[3-9]) or landline with area code (0 + 2-3 digit area, 7-8 digit number, optional extension). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export const phoneSchema = z
  .string({ error: 'errors.required' })
  .trim()
  .transform((v) => v.replace(/[\s]/g, ''))
  .pipe(z.string().regex(PHONE_PATTERN, 'errors.phoneFormat'));

export const optionalPhoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s]/g, ''))
  .pipe(z.union([z.literal(''), z.string().regex(PHONE_PATTERN, 'errors.phoneFormat')]))
  .default('');

export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.timeFormat');

export const epochMs = z.number({ error: 'errors.required' }).int('errors.invalid').nonnegative('errors.invalid');

export const voidReasonSchema = requiredText(200);
