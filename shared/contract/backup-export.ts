import { z } from 'zod';
import type { ModuleName } from '../modules';

/**
 * What a date-range export can write, one .xlsx each, in the order they are written: the modules that export (each
 * must register its workbook in its main module definition, or the main registry fails to compile) and the audit
 * log. Named as the modules are everywhere else.
 */
export const exportModuleValues = [
  'reception',
  'calls',
  'storage',
  'invoices',
  'returns',
  'complaints',
  'lostfound',
  'repairs',
  'loans',
  'announcements',
  'gifts',
  'directory',
  'releases',
  'passes',
  'renovations',
  'audit',
] as const satisfies readonly (ModuleName | 'audit')[];
export type ExportModule = (typeof exportModuleValues)[number];

/** A site-local day as the clerk types it. */
const daySchema = z
  .string({ error: 'errors.required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.dateFormat')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'errors.dateFormat');

export const exportRangeInput = z
  .object({
    from: daySchema,
    to: daySchema,
    modules: z
      .array(z.enum(exportModuleValues, { error: 'errors.invalid' }))
      .min(1, 'errors.chooseModule')
      .default([...exportModuleValues]),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'errors.exportRangeOrder' });
export type ExportRangeInput = z.input<typeof exportRangeInput>;

export interface ExportedFile {
  module: ExportModule;
  name: string;
  rows: number;
  bytes: number;
}

export interface ExportRangeResult {
  folder: string;
  from: string;
  to: string;
  files: ExportedFile[];
}

export const exportSettingsSchema = z.object({
  /** Where exports go; empty means `exports` beside the backup folder. */
  folder: z.string().trim().max(400, 'errors.tooLong').default(''),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;
export type ExportSettingsView = ExportSettings & { effectiveFolder: string };
