import os from 'node:os';
import type { Timing } from './measure';
import type { Sizes } from './sizes';

export interface Row {
  name: string;
  target: number | null;
  app: Timing;
  raw: Timing | null;
  note?: string;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function verdict(row: Row): string {
  if (row.target === null) return '';
  return row.app.p95 <= row.target ? 'met' : 'MISSED';
}

export function ratio(row: Row): string {
  return row.raw ? `${(row.app.median / Math.max(row.raw.median, 1e-3)).toFixed(2)}x` : '';
}

export function table(rows: Row[]): string {
  const lines = [
    '| operation | app median ms | app p95 ms | raw median ms | raw p95 ms | app/raw | longest block ms | target p95 ms | |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${ms(r.app.median)} | ${ms(r.app.p95)} | ${r.raw ? ms(r.raw.median) : ''} | ${r.raw ? ms(r.raw.p95) : ''} | ${ratio(r)} | ${ms(r.app.longestBlock)} | ${r.target ?? ''} | ${verdict(r)} |`,
    );
  return lines.join('\n');
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `- date: ${new Date().toISOString()}`,
    `- machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `- node ${process.version}, ${os.platform()} ${os.release()}`,
  ].join('\n');
}

export function sizeLines(sizes: Sizes): string {
  const gb = (b: number) => `${(b / 1e9).toFixed(2)} GB`;
  const share = (sizes.searchBytes / sizes.fileBytes) * 100;
  return [
    `- database file: ${gb(sizes.fileBytes)}; audit log ${gb(sizes.auditBytes)}; module records ${gb(sizes.indexedDataBytes)}`,
    `- search index: ${gb(sizes.searchBytes)} (${share.toFixed(1)} % of the file; ${(sizes.searchBytes / sizes.indexedDataBytes).toFixed(2)}x the records it indexes — target at most 1x: ${sizes.searchBytes <= sizes.indexedDataBytes ? 'met' : 'MISSED'})`,
    `- rows: ${Object.entries(sizes.records)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}`,
  ].join('\n');
}
