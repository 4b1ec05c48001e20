import { z } from 'zod';
import {
  type ExportRangeResult,
  type ExportSettingsView,
  exportRangeInput,
  exportSettingsSchema,
} from './backup-export';
import { channel } from './channel';
import { type BackupKind, backupKinds } from './core-fields';
import { idSchema, pinSchema, requiredText } from './fields';

export { type BackupKind, backupKinds };

export interface BackupFile {
  file: string;
  name: string;
  kind: BackupKind | 'other';
  at: number;
  bytes: number;
}

export interface BackupResult extends BackupFile {
  integrity: 'ok';
  auditCount: number;
  auditHead: string;
  removed: string[];
}

export const backupSettingsSchema = z.object({
  /** A USB drive or network share is typical; empty means the `backups` folder beside the database. */
  folder: z.string().trim().max(400, 'errors.tooLong').default(''),
  keepDaily: z.number().int('errors.wholeNumber').min(1, 'errors.atLeastOne').max(365, 'errors.tooLarge'),
  keepMonthly: z.number().int('errors.wholeNumber').min(0, 'errors.invalid').max(120, 'errors.tooLarge'),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupContract = {
  'backup:list': channel<BackupFile[]>()(z.object({}), 'supervisor'),
  'backup:run': channel<BackupResult>()(z.object({}), 'lead'),
  'backup:settings': channel<BackupSettings & { effectiveFolder: string }>()(z.object({}), 'session'),
  'backup:saveSettings': channel<BackupSettings & { effectiveFolder: string }>()(backupSettingsSchema, 'supervisor'),
  /** Restoring replaces today's data: a supervisor confirms with their PIN and a reason; the current file is kept. */
  'backup:restore': channel<{ restoredFrom: string; keptAside: string }>()(
    z.object({ name: requiredText(200), approverId: idSchema, pin: pinSchema, reason: requiredText(200) }),
    'supervisor',
    { pins: (input) => [{ clerkId: input.approverId, pin: input.pin }] },
  ),
  /** All records of a range of site days as one .xlsx per module, unmasked: the owner's copy, supervisor only. */
  'backup:exportRange': channel<ExportRangeResult>()(exportRangeInput, 'supervisor'),
  'backup:exportSettings': channel<ExportSettingsView>()(z.object({}), 'supervisor'),
  'backup:saveExportSettings': channel<ExportSettingsView>()(exportSettingsSchema, 'supervisor'),
};
