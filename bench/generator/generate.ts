import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { serviceContext } from '../../electron/app/modules';
import { seedDemoData } from '../../electron/services/demo-data';
import { setHashCostForBulkGeneration } from '../../electron/services/pin';
import { DAY, planDay } from './day';
import { BenchClock, createGenDesk } from './desk';
import { approvalsFor } from './extras';
import { setUpMall } from './mall';

export interface GenerateOptions {
  out: string;
  days: number;
  seed: number;
  /** Site midnight the data ends at (exclusive). */
  end: number;
  /**
   * Share of the front desk's daily volume (visits, calls, storage, invoices, returns, complaints) to write; the
   * mall's and the property's modules keep theirs. Below 1 only for tests of those modules over weeks.
   */
  frontDesk?: number;
  progress?: (day: number, writes: number) => void;
}

export interface GenerateResult {
  written: Map<string, number>;
  refused: Map<string, number>;
}

/**
 * Writes `days` of desk life through the real services into a new file: every record with its audit entry, serial
 * and search entry, exactly as the app writes them. Fast because each day is one outer transaction (the services'
 * own transactions become savepoints) and fsync is off while generating; the app's pragmas are restored at the end.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.out + suffix, { force: true });
  const opened = await openDatabase(options.out, {
    migrationsFolder: path.resolve(__dirname, '../../db/migrations'),
  });
  const { sqlite } = opened;
  const clock = new BenchClock();
  const start = options.end - options.days * DAY;
  clock.current = start - DAY;
  const ctx = serviceContext(opened, clock);
  seedDemoData(ctx);
  // Generation only: a crash just means generating again.
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  // Claim codes are hashed with scrypt; at full cost (~40 ms each) ten years would take days.
  setHashCostForBulkGeneration(16);
  let approvalsDone: () => void = () => undefined;
  try {
    const desk = createGenDesk(ctx, clock, options.seed);
    const { approvals, done } = await approvalsFor(desk);
    approvalsDone = done;
    setUpMall(desk, approvals);
    for (let d = 0; d < options.days; d++) {
      const midnight = start + d * DAY;
      sqlite.transaction(() => {
        planDay(desk, midnight, options.frontDesk ?? 1);
        desk.scheduler.runUntil(midnight + DAY);
      })();
      let total = 0;
      for (const n of desk.written.values()) total += n;
      options.progress?.(d + 1, total);
    }
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('ANALYZE');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { written: desk.written, refused: desk.refused };
  } finally {
    approvalsDone();
    setHashCostForBulkGeneration(16384);
    sqlite.close();
  }
}
