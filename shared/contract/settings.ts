import { z } from 'zod';
import { messageWithParams } from '../errors';
import { siteKindValues } from '../modules';
import { channel } from './channel';
import { type ListKind, listKinds } from './core-fields';
import type { DeskHours } from './desk-hours';
import {
  basedOnVersion,
  hhmmSchema,
  idSchema,
  keyedVersionSchema,
  optionalPhoneSchema,
  optionalText,
  requiredText,
  versionedSetting,
  versionSchema,
} from './fields';
import { calendarDaySchema, type MoneyCeilings, moneyCeilingsSchema } from './money';

export interface SiteView {
  id: string;
  /** Sent back with a save: one based on an older version (another supervisor's save since) is refused. */
  version: number;
  name: string;
  code: string;
  timeZone: string;
  deskPhone: string;
}

export interface NamedItem {
  id: string;
  /** Sent back with an edit: one based on an older version is refused. */
  version: number;
  name: string;
  active: boolean;
  /** Extra columns of shops and departments, empty for counters. */
  unitNo?: string;
  floor?: string;
  phone?: string;
}

export const listKindSchema = z.enum(listKinds);
export { type ListKind, listKinds };

export const siteInput = z.object({
  name: requiredText(60),
  code: z
    .string({ error: 'errors.required' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,6}$/, 'errors.siteCodeFormat'),
  timeZone: z
    .string()
    .trim()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'errors.timeZone'),
  deskPhone: optionalPhoneSchema,
});

/** A save of the site names the version the form showed. */
export const saveSiteInput = siteInput.extend({ version: keyedVersionSchema });

/** A single-record setting as the desk shows it: its values and the version a save sends back. */
export type VersionedSetting<T> = T & { version: number };

export const namedItemInput = z.object({
  kind: listKindSchema,
  name: requiredText(60),
  unitNo: optionalText(20),
  floor: optionalText(10),
  phone: optionalPhoneSchema,
});

/** An edit of a counter, department or shop names the version it was based on: a stale one is refused. */
export const namedItemUpdate = namedItemInput.extend({ id: idSchema, version: versionSchema, active: z.boolean() });

export const businessHoursSchema = z
  .object({
    weekdayOpen: hhmmSchema,
    weekdayClose: hhmmSchema,
    weekendOpen: hhmmSchema,
    weekendClose: hhmmSchema,
  })
  .refine((h) => h.weekdayOpen < h.weekdayClose, { path: ['weekdayClose'], error: 'errors.closeBeforeOpen' })
  .refine((h) => h.weekendOpen < h.weekendClose, { path: ['weekendClose'], error: 'errors.closeBeforeOpen' });
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/** How many closed days the setting holds: a few years of holidays and closures, never an unbounded list. */
export const maxClosedDays = 100;

/**
 * The days the desk does not open (public holidays, the 春节 closure), each a site day with a name a clerk
 * recognises; a day listed twice is refused at its second entry.
 */
export const closedDaysSchema = z.object({
  days: z
    .array(z.object({ date: calendarDaySchema, name: requiredText(30) }))
    .max(maxClosedDays, messageWithParams('errors.tooMany', { max: maxClosedDays }))
    .superRefine((days, ctx) => {
      const seen = new Set<string>();
      days.forEach((d, i) => {
        if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: 'errors.closedDayTwice' });
        seen.add(d.date);
      });
    }),
});
export type ClosedDays = z.infer<typeof closedDaysSchema>;

const days = (max: number) =>
  z
    .number({ error: 'errors.required' })
    .int('errors.wholeNumber')
    .min(1, 'errors.atLeastOne')
    .max(max, 'errors.tooLarge');

/** The policy numbers the module issues read; all in whole days. */
export const policySchema = z.object({
  returnDays: days(365),
  exchangeDays: days(365),
  storageOverdueDays: days(365),
  visitorDataRetentionDays: days(3650),
});
export type Policy = z.infer<typeof policySchema>;

export const printingSchema = z.object({ silentDefaultPrinter: z.boolean() });

export const siteKindSchema = z.object({ kind: z.enum(siteKindValues, { error: 'errors.required' }) });
export type SiteKindSetting = z.infer<typeof siteKindSchema>;
export type Printing = z.infer<typeof printingSchema>;

/** The money ceilings in force and the version a supervisor's edit of them names. */
export interface MoneyCeilingsView {
  /** 0 while only the defaults apply. */
  version: number;
  ceilings: MoneyCeilings;
}

export const moneyCeilingsInput = z.object({
  version: z.number({ error: 'errors.required' }).int('errors.invalid').min(0, 'errors.invalid'),
  ceilings: moneyCeilingsSchema,
});

export const settingsContract = {
  'settings:printing': channel<VersionedSetting<Printing>>()(z.object({}), 'session'),
  'settings:savePrinting': channel<VersionedSetting<Printing>>()(basedOnVersion(printingSchema), 'supervisor', {
    versioned: versionedSetting('printing'),
  }),
  'settings:site': channel<SiteView>()(z.object({}), 'session'),
  'settings:saveSite': channel<SiteView>()(saveSiteInput, 'supervisor'),
  'settings:list': channel<NamedItem[]>()(
    z.object({ kind: listKindSchema, includeInactive: z.boolean().default(false) }),
    'session',
  ),
  'settings:addItem': channel<NamedItem>()(namedItemInput, 'supervisor'),
  'settings:updateItem': channel<NamedItem>()(namedItemUpdate, 'supervisor', {
    versioned: (input) => ({ entity: input.kind, id: input.id, version: input.version }),
  }),
  'settings:businessHours': channel<VersionedSetting<BusinessHours>>()(z.object({}), 'session'),
  'settings:saveBusinessHours': channel<VersionedSetting<BusinessHours>>()(
    basedOnVersion(businessHoursSchema),
    'supervisor',
    { versioned: versionedSetting('businessHours') },
  ),
  'settings:closedDays': channel<VersionedSetting<ClosedDays>>()(z.object({}), 'session'),
  /** The hours, closed days and zone the service counts deadlines over, for the forms that offer one. */
  'settings:deskHours': channel<DeskHours>()(z.object({}), 'session'),
  'settings:saveClosedDays': channel<VersionedSetting<ClosedDays>>()(basedOnVersion(closedDaysSchema), 'supervisor', {
    versioned: versionedSetting('closedDays'),
  }),
  'settings:siteKind': channel<VersionedSetting<SiteKindSetting>>()(z.object({}), 'session'),
  'settings:saveSiteKind': channel<VersionedSetting<SiteKindSetting>>()(basedOnVersion(siteKindSchema), 'supervisor', {
    versioned: versionedSetting('siteKind'),
  }),
  'settings:policy': channel<VersionedSetting<Policy>>()(z.object({}), 'session'),
  'settings:savePolicy': channel<VersionedSetting<Policy>>()(basedOnVersion(policySchema), 'supervisor', {
    versioned: versionedSetting('policy'),
  }),
  'settings:moneyCeilings': channel<MoneyCeilingsView>()(z.object({}), 'session'),
  'settings:saveMoneyCeilings': channel<MoneyCeilingsView>()(moneyCeilingsInput, 'supervisor', {
    versioned: (input) => ({ entity: 'settings', id: 'moneyCeilings', version: input.version }),
  }),
};
