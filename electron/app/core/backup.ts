import path from 'node:path';
import { nativeBindingOf } from '../../../db/open';
import type { backupContract } from '../../../shared/contract/backup';
import { effectiveBackupFolder, getBackupSettings, runBackup } from '../../services/backup/backup';
import { checkBackupFileInSteps } from '../../services/backup/check';
import { exportRange, exportSettingsView, saveExportSettings } from '../../services/backup/export/export-range';
import { listBackupFiles } from '../../services/backup/files';
import { rememberBackupFolder } from '../../services/backup/location-file';
import { approveWithPin } from '../../services/clerks';
import { AppError } from '../../services/errors';
import { writeSetting } from '../../services/settings';
import { write } from '../../services/write';
import { restoreBackup } from '../runtime';
import type { HandlerMap } from '../types';

export const backupHandlers = {
  'backup:list': (_input, { ctx, runtime }) => listBackupFiles(effectiveBackupFolder(ctx, runtime.backupDir)),
  'backup:run': (_input, { ctx, runtime, actor }) =>
    runBackup(ctx, actor(), { folder: effectiveBackupFolder(ctx, runtime.backupDir), kind: 'manual' }),
  'backup:settings': (_input, { ctx, runtime }) => ({
    ...getBackupSettings(ctx),
    effectiveFolder: effectiveBackupFolder(ctx, runtime.backupDir),
  }),
  'backup:saveSettings': (input, { ctx, runtime, actor }) => {
    writeSetting(ctx, actor(), 'backup', input);
    // Kept outside the database too: a recovery screen cannot read the setting from a file it cannot open.
    rememberBackupFolder(runtime.options.dataDir, effectiveBackupFolder(ctx, runtime.backupDir), runtime.backupDir);
    return { ...getBackupSettings(ctx), effectiveFolder: effectiveBackupFolder(ctx, runtime.backupDir) };
  },
  'backup:restore': async (input, { ctx, runtime, actor }) => {
    const acting = actor();
    const folder = effectiveBackupFolder(ctx, runtime.backupDir);
    const chosen = listBackupFiles(folder).find((f) => f.name === path.basename(input.name));
    if (!chosen) throw new AppError('not_found', 'errors.noBackup', 'name');
    if (!(await checkBackupFileInSteps(chosen.file, nativeBindingOf(ctx.sqlite))).ok)
      throw new AppError('rule', 'errors.backupCheckFailed', 'name');
    approveWithPin(ctx, acting, { clerkId: input.approverId, pin: input.pin }, 'supervisor');
    // Recorded in the file being replaced (kept aside), copied first, and again in the restored file's own log.
    write(ctx, acting, (tx) =>
      tx.event('backup', chosen.name, `restore: ${input.reason}`, { approver: input.approverId }),
    );
    await runBackup(ctx, acting, { folder, kind: 'pre-restore' });
    return restoreBackup(runtime, chosen.file, { actor: acting, approverId: input.approverId, reason: input.reason });
  },
  'backup:exportRange': (input, { ctx, runtime, actor }) =>
    exportRange(ctx, actor(), { ...input, parent: exportSettingsView(ctx, runtime.backupDir).effectiveFolder }),
  'backup:exportSettings': (_input, { ctx, runtime }) => exportSettingsView(ctx, runtime.backupDir),
  'backup:saveExportSettings': (input, { ctx, runtime, actor }) => {
    saveExportSettings(ctx, actor(), input);
    return exportSettingsView(ctx, runtime.backupDir);
  },
} satisfies HandlerMap<typeof backupContract>;
