import path from 'node:path';
import { nativeBindingOf } from '../../../db/open';
import type { ServiceContext } from '../context';
import { write } from '../write';
import { type BackupCheck, checkBackupFileInSteps } from './check';
import { FAILED_CHECK_NOTE, FULL_CHECK_EVERY_MS, FULL_CHECK_NOTE, recordedVerification } from './verified-head';

/** True when the whole log has not been verified within the schedule's period (or never). */
export function fullCheckDue(ctx: ServiceContext): boolean {
  return ctx.clock.now() - recordedVerification(ctx.sqlite).lastFullAt >= FULL_CHECK_EVERY_MS;
}

/**
 * The scheduled full verification: the whole chain and every record of a fresh, already checked copy, in a worker
 * (minutes at ten years; the desk keeps working and the live file is not held open for it). The result is recorded
 * in the log: a success as the head the next backups verify from, a failure so that they verify everything again.
 */
export async function runFullAuditCheck(ctx: ServiceContext, file: string): Promise<BackupCheck> {
  const check = await checkBackupFileInSteps(file, nativeBindingOf(ctx.sqlite), { from: null, integrity: false });
  const name = path.basename(file);
  write(ctx, null, (tx) =>
    check.ok
      ? tx.event('backup', name, FULL_CHECK_NOTE, {
          file,
          auditCount: check.count,
          auditHead: check.head,
          verifiedFrom: 0,
        })
      : tx.event('backup', name, FAILED_CHECK_NOTE, { file }),
  );
  return check;
}
