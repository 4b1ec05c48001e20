import fs from 'node:fs';
import path from 'node:path';
import type { ExportRangeResult } from '../../shared/contract/backup-export';
import type { BenchDesk } from './desk';
import { measure, type Timing } from './measure';

/** The newest whole calendar month (site days) of the data: what an owner exports at the start of a month. */
export function lastWholeMonth(desk: BenchDesk): { from: string; to: string } {
  const newest = desk.ctx.sqlite.prepare('select max(started_at) from calls').pluck().get() as number;
  const shanghai = new Date(newest + 8 * 3600_000);
  const monthStart = Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - 1, 1);
  const monthEnd = Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), 0);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(monthStart), to: day(monthEnd) };
}

export interface ExportRun {
  range: { from: string; to: string };
  timing: Timing;
  rows: number;
  bytes: number;
  rowsPerSecond: number;
}

/** Exports a month of every module through the dispatcher (as Settings → 备份 does) and counts the rows written. */
export async function exportMonth(desk: BenchDesk, samples = 1): Promise<ExportRun> {
  const range = lastWholeMonth(desk);
  // Exports are for supervisors and up.
  await desk.loginAs('supervisor');
  let rows = 0;
  let bytes = 0;
  const timing = await measure(
    samples,
    async () => {
      const result = await desk.call<ExportRangeResult>('backup:exportRange', range);
      rows = result.files.reduce((n, f) => n + f.rows, 0);
      bytes = result.files.reduce((n, f) => n + f.bytes, 0);
      fs.rmSync(result.folder, { recursive: true, force: true });
    },
    0,
  );
  fs.rmSync(path.join(path.dirname(desk.file), 'exports'), { recursive: true, force: true });
  await desk.loginAs('lead');
  return { range, timing, rows, bytes, rowsPerSecond: rows / (timing.median / 1000) };
}
