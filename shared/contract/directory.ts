import { z } from 'zod';
import { channel } from './channel';
import { directoryCategoryValues } from './directory-fields';
import { directoryLabels } from './directory-labels';
import type { DirectoryAnswerView, DirectoryShopView, DirectoryView } from './directory-views';
import {
  editVersionSchema,
  hhmmSchema,
  idSchema,
  optionalPhoneSchema,
  optionalText,
  requiredText,
  searchTextSchema,
  versionedBy,
  versionedIfEdit,
  versionOnEdit,
  versionSchema,
  voidReasonSchema,
} from './fields';
import { contractModule } from './module';

export * from './directory-fields';
export type * from './directory-views';

const upperText = (max: number) => requiredText(max).transform((v) => v.toUpperCase());

/**
 * 商户: where it is (floor and unit as the mall's signs write them), what it sells, its phone (the shared phone
 * rule; may be left out) and its hours. A closing time before the opening time is the next day's; the same time
 * for both is refused (a shop open round the clock is 00:00–23:59).
 */
export const shopInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    name: requiredText(40),
    category: z.enum(directoryCategoryValues, { error: 'errors.required' }),
    floor: upperText(10),
    unitNo: upperText(20),
    phone: optionalPhoneSchema,
    opensAt: z.string({ error: 'errors.required' }).trim().pipe(hhmmSchema),
    closesAt: z.string({ error: 'errors.required' }).trim().pipe(hhmmSchema),
    note: optionalText(200),
  })
  .superRefine(versionOnEdit)
  .refine((v) => v.opensAt !== v.closesAt, {
    path: ['closesAt'],
    message: 'errors.directoryHoursSame',
    // Checked beside a wrong phone or name too, so the form shows every refusal at once; not over a bad time.
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'opensAt' || i.path?.[0] === 'closesAt'),
  });
export type ShopInput = z.input<typeof shopInput>;

/** 常见问答: its title, other words it is found by, and the text the clerk reads out or copies. */
export const answerInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    title: requiredText(30),
    keywords: optionalText(100),
    body: requiredText(1000),
  })
  .superRefine(versionOnEdit);
export type AnswerInput = z.input<typeof answerInput>;

export const listDirectoryInput = z.object({
  text: searchTextSchema(40).default(''),
  includeVoided: z.boolean().default(false),
});
export type ListDirectoryInput = z.input<typeof listDirectoryInput>;

const voidInput = z.object({ id: idSchema, version: versionSchema, reason: voidReasonSchema });
const byId = z.object({ id: idSchema });

export const directoryContract = {
  'directory:list': channel<DirectoryView>()(listDirectoryInput, 'session'),
  'directory:getShop': channel<DirectoryShopView>()(byId, 'session'),
  'directory:getAnswer': channel<DirectoryAnswerView>()(byId, 'session'),
  'directory:saveShop': channel<DirectoryShopView>()(shopInput, 'supervisor', {
    versioned: versionedIfEdit('shops'),
  }),
  'directory:saveAnswer': channel<DirectoryAnswerView>()(answerInput, 'supervisor', {
    versioned: versionedIfEdit('directoryAnswers'),
  }),
  'directory:voidShop': channel<DirectoryShopView>()(voidInput, 'lead', { versioned: versionedBy('shops') }),
  'directory:voidAnswer': channel<DirectoryAnswerView>()(voidInput, 'lead', {
    versioned: versionedBy('directoryAnswers'),
  }),
};

export const directoryModule = contractModule('directory', {
  channels: directoryContract,
  labels: directoryLabels,
  searchTag: 'hit',
});
