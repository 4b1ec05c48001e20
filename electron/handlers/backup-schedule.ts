import { dailyBackupDue, effectiveBackupFolder, runBackup } from '../services/backup/backup';
import type { AppRuntime } from './runtime';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** The daily backup: checked at start and every hour, written when no automatic copy exists for today. */
export function scheduleDailyBackup(runtime: AppRuntime, log: (error: unknown) => void = console.error): void {
  let running = false;
  const check = async () => {
    if (running || runtime.state.kind !== 'ready') return;
    const ctx = runtime.state.ctx;
    const folder = effectiveBackupFolder(ctx, runtime.backupDir);
    if (!dailyBackupDue(folder, ctx.clock.now())) return;
    running = true;
    try {
      await runBackup(ctx, null, { folder, kind: 'daily' });
    } catch (error) {
      // A missing USB drive must not stop the desk; the next hourly check tries again.
      log(error);
    } finally {
      running = false;
    }
  };
  setTimeout(() => void check(), 5_000).unref();
  setInterval(() => void check(), CHECK_EVERY_MS).unref();
}
