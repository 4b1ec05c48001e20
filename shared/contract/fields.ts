import { z } from 'zod';
import { messageWithParams } from '../errors';
import { normalisePhone } from './phone';
import { foldSearchText } from './search-fold';

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

/**
 * A phone number in any common way of writing it, out in its one canonical form (`normalisePhone`): a mobile's
 * 11 digits or a landline's area code, dash and number; a number that is not a real one is refused with the reason.
 */
export const phoneSchema = z
  .string({ error: 'errors.required' })
  .max(40, messageWithParams('errors.tooLong', { max: 40 }))
  .transform((v, ctx) => {
    const parsed = normalisePhone(v);
    if (parsed.ok) return parsed.phone;
    ctx.addIssue({ code: 'custom', message: parsed.messageKey });
    return z.NEVER;
  });

/** The same, where the number may be left out: empty stays empty. */
export const optionalPhoneSchema = z
  .string()
  .max(40, messageWithParams('errors.tooLong', { max: 40 }))
  .transform((v, ctx) => {
    if (v.trim() === '') return '';
    const parsed = normalisePhone(v);
    if (parsed.ok) return parsed.phone;
    ctx.addIssue({ code: 'custom', message: parsed.messageKey });
    return z.NEVER;
  })
  .default('');

/**
 * What a clerk types into a list filter or the search box, folded as the search compares text (`foldSearchText`:
 * every list filter compares it with the record's text folded the same way), at most `max` characters counted as
 * characters (a rare 𡃁 is one, not two UTF-16 units); a longer text is refused with a message that says so, never
 * "no records".
 */
export const searchTextSchema = (max: number) =>
  z
    .string()
    .transform(foldSearchText)
    .pipe(
      z
        .string()
        .trim()
        .refine((v) => [...v].length <= max, messageWithParams('errors.queryTooLong', { max })),
    );

export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.timeFormat');

export const epochMs = z.number({ error: 'errors.required' }).int('errors.invalid').nonnegative('errors.invalid');

export const voidReasonSchema = requiredText(200);

/** The version of a record an edit was based on (every record carries one; each change moves it by one). */
export const versionSchema = z.number({ error: 'errors.required' }).int('errors.invalid').min(1, 'errors.invalid');

/**
 * The version a form of a record that may not be stored yet was based on (a setting still at its default, a calendar
 * day the packaged calendar decides): 0 until it is first saved. Once it is stored, a save based on 0 is stale.
 */
export const keyedVersionSchema = z.number({ error: 'errors.required' }).int('errors.invalid').min(0, 'errors.invalid');

/**
 * An add-or-edit form (a location, a kind, an item): `version` is required when it edits (it has an id), absent
 * when it adds. Refine the object with `versionOnEdit`.
 */
export const editVersionSchema = versionSchema.nullable().default(null);

export function versionOnEdit(v: { id: string | null; version: number | null }, ctx: z.RefinementCtx): void {
  if (v.id && v.version === null) ctx.addIssue({ code: 'custom', path: ['version'], message: 'errors.required' });
}

/** Declares an add-or-edit channel as based on `version` when it edits (an add changes no stored record). */
export const versionedIfEdit =
  (entity: string) =>
  (input: { id: string | null; version: number | null }): { entity: string; id: string; version: number } | null =>
    input.id ? { entity, id: input.id, version: input.version ?? 0 } : null;

/**
 * A single-record setting's save names the version of the setting the form showed (0 while it has never been
 * saved): the fields of `schema` beside `version`, so refined schemas keep their checks.
 */
export const basedOnVersion = <S extends z.ZodType>(schema: S) =>
  z.intersection(z.object({ version: keyedVersionSchema }), schema);

/** Declares a setting's save as based on the version of the setting stored under `key`. */
export const versionedSetting =
  (key: string) =>
  (input: { version: number }): { entity: string; id: string; version: number } => ({
    entity: 'settings',
    id: key,
    version: input.version,
  });

/** Declares a channel's edit as based on `version` of the record `id` of `entity` (see ChannelSpec.versioned). */
export const versionedBy =
  (entity: string) =>
  (input: { id: string; version: number }): { entity: string; id: string; version: number } => ({
    entity,
    id: input.id,
    version: input.version,
  });

/**
 * An edit's fields: each optional and without its default, so an edit sends only what the clerk changed and a
 * field it leaves out keeps its stored value (a default would overwrite it).
 */
export function patchOf<S extends z.ZodRawShape>(object: z.ZodObject<S>) {
  const shape: Record<string, z.ZodOptional> = {};
  for (const [name, field] of Object.entries(object.shape)) {
    let inner: unknown = field;
    while (inner instanceof z.ZodDefault) inner = inner.unwrap();
    if (inner instanceof z.ZodType) shape[name] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<Unwrapped<S[K]>> }>;
}

type Unwrapped<T> = T extends z.ZodDefault<infer I> ? Unwrapped<I> : T;
