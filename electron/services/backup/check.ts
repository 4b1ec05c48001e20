import Database from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import { verifyAuditChainInSteps } from '../audit/verify';
import { checkFileInWorker, type FileCheck, type VerifiedHead } from './verify-worker';

export type BackupCheck = { ok: true; count: number; head: string } | { ok: false; reasonKey?: string };

/**
 * Opens a backup read-only and checks it as thoroughly as the live file, without blocking the main thread:
 * `integrity_check` and the audit verification run in a worker thread. With `from` (the head the last check
 * verified and recorded) the chain is verified from there on; the scheduled full check covers the rest.
 */
export async function checkBackupFileInSteps(
  file: string,
  nativeBinding?: string,
  options: { from?: VerifiedHead | null; integrity?: boolean } = {},
): Promise<BackupCheck> {
  let checked: FileCheck;
  try {
    checked = await checkFileInWorker(file, {
      integrity: options.integrity ?? true,
      from: options.from ?? null,
      nativeBinding,
    });
  } catch {
    checked = await checkOnThisThread(file, nativeBinding, options.integrity ?? true);
  }
  return checked.ok
    ? { ok: true, count: checked.count, head: checked.head }
    : { ok: false, reasonKey: checked.reasonKey };
}

/**
 * Where the worker cannot load the driver (a packaging difference), the check still runs, on this thread: the
 * whole chain in steps that yield, so it stays correct if slower.
 */
async function checkOnThisThread(
  file: string,
  nativeBinding: string | undefined,
  integrity: boolean,
): Promise<FileCheck> {
  let copy: Sqlite | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    if (integrity && String(copy.pragma('integrity_check', { simple: true })) !== 'ok')
      return { ok: false, reasonKey: 'backup.integrity' };
    return await verifyAuditChainInSteps(copy);
  } catch {
    return { ok: false, reasonKey: 'backup.unreadable' };
  } finally {
    copy?.close();
  }
}
