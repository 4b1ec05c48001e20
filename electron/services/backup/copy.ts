import fs from 'node:fs';
import type { Sqlite } from '../../../db/open';

/** Pages copied per step; the desk's calls run between steps. */
const PAGES_PER_STEP = 100;
/** About every 100 MB written, the copy is flushed to disk from the thread pool. */
const SYNC_EVERY_STEPS = 250;

/**
 * SQLite's online backup into `target`, in steps between which the desk keeps working. The copy's last step commits
 * with an fsync, and at ten years that fsync flushed gigabytes on the main thread (1.5 s, bench/results.md): the
 * file is flushed as it grows instead, from libuv's thread pool, so little is left for the last step.
 */
export async function copyDatabase(sqlite: Sqlite, target: string): Promise<void> {
  let flushing: Promise<void> | null = null;
  let steps = 0;
  try {
    await sqlite.backup(target, {
      progress: () => {
        steps += 1;
        if (steps % SYNC_EVERY_STEPS === 0 && !flushing) {
          flushing = fs.promises
            .open(target, 'r+')
            .then(async (handle) => {
              try {
                await handle.datasync();
              } finally {
                await handle.close();
              }
            })
            .catch(() => undefined)
            .finally(() => {
              flushing = null;
            });
        }
        return PAGES_PER_STEP;
      },
    });
  } finally {
    await flushing;
  }
}
