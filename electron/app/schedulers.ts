import { refreshHeadFile } from '../services/audit/head-file';
import { scheduleAuditRekey } from '../services/audit/rekey';
import { auditHeadFile, dailyBackupDue, effectiveBackupFolder, runBackup } from '../services/backup/backup';
import { fullCheckDue, runFullAuditCheck } from '../services/backup/full-check';
import type { ServiceContext } from '../services/context';
import { moveDirectoryShops } from '../services/directory/move-shops';
import { schedulePhoneCanonicalisation } from '../services/phone-canonical';
import { scheduleRetention } from '../services/reception/retention';
import { moveRepairVisits } from '../services/repairs/from-visits';
import { scheduleSearchRefold } from '../services/search/refold';

const CHECK_EVERY_MS = 60 * 60 * 1000;
const HEAD_EVERY_MS = 1_000;

/**
 * The chain's head outside the database (audit/head-file.ts): looked at every second, rewritten and fsynced when a
 * write batch moved it (one cheap lookup when nothing changed).
 */
export function scheduleHeadFile(
  current: CurrentContext,
  defaultBackupDir: string,
  log: (error: unknown) => void = console.error,
): () => void {
  let diverged = false;
  const tick = () => {
    const ctx = current();
    if (!ctx) return;
    try {
      const outcome = refreshHeadFile(ctx.sqlite, auditHeadFile(ctx, defaultBackupDir), ctx.clock.now());
      if (outcome === 'diverged' && !diverged) log(new Error('the audit chain no longer extends the head file'));
      diverged = outcome === 'diverged';
    } catch (error) {
      log(error);
    }
  };
  tick();
  const timer = setInterval(tick, HEAD_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The database in use now, or null while there is none (recovery, closed): each job asks again every time. */
export type CurrentContext = () => ServiceContext | null;

/** The daily backup: checked at start and every hour, written when no automatic copy exists for today. */
export function scheduleDailyBackup(
  current: CurrentContext,
  defaultBackupDir: string,
  log: (error: unknown) => void = console.error,
): () => void {
  let running = false;
  const check = async () => {
    const ctx = current();
    if (running || !ctx) return;
    const folder = effectiveBackupFolder(ctx, defaultBackupDir);
    if (!dailyBackupDue(folder, ctx.clock.now())) return;
    running = true;
    try {
      const copy = await runBackup(ctx, null, { folder, kind: 'daily' });
      // Once a week the fresh copy's whole log and every record are verified too, in a worker.
      if (fullCheckDue(ctx)) {
        const full = await runFullAuditCheck(ctx, copy.file);
        if (!full.ok) log(new Error(`audit verification of ${copy.file} failed: ${full.reasonKey ?? 'unknown'}`));
      }
    } catch (error) {
      // A missing USB drive must not stop the desk; the next hourly check tries again.
      log(error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), 5_000);
  first.unref();
  const hourly = setInterval(() => void check(), CHECK_EVERY_MS);
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}

/** Every background job of a running desk; returns one function that stops them all. */
export function startSchedulers(
  current: CurrentContext,
  defaultBackupDir: string,
): { stop(): void; idle(): Promise<void> } {
  // Visitor data retention: just after start (in batches that yield) and daily; reads the state each time so a
  // restored database is covered too.
  const retention = scheduleRetention(current);
  // Phones stored before they were canonical: once, after the migration that left the job pending.
  const phones = schedulePhoneCanonicalisation(current);
  // Search text indexed before the search folded text (0045): folded once, just after start, in batches that yield.
  const refold = scheduleSearchRefold(current);
  // Visitor phones logged as plain digests before per-visit keys (0030): re-keyed once, attested, in batches.
  const rekey = scheduleAuditRekey(current);
  // Repair reports filed as visits before work orders existed: moved once, just after start, in batches that yield.
  let moving = true;
  const movingRepairs = moveRepairVisits(current, () => !moving).catch((error: unknown) => console.error(error));
  // The directory's own shops before one shop list existed (0043): moved once, just after start, in one write.
  const movingShops = new Promise<void>((resolve) =>
    setImmediate(() => {
      const ctx = current();
      try {
        if (ctx && moving) moveDirectoryShops(ctx);
      } catch (error) {
        console.error(error);
      }
      resolve();
    }),
  );
  const stopBackup = scheduleDailyBackup(current, defaultBackupDir);
  const stopHead = scheduleHeadFile(current, defaultBackupDir);
  return {
    stop() {
      moving = false;
      retention.stop();
      phones.stop();
      refold.stop();
      rekey.stop();
      stopBackup();
      stopHead();
    },
    idle: async () => {
      await movingRepairs;
      await movingShops;
      await retention.idle();
      await phones.idle();
      await refold.idle();
      await rekey.idle();
    },
  };
}
