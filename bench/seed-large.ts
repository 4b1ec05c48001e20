/**
 * Generates years of realistic desk data through the real services (validation, records, audit chain, serials,
 * search index), for the benchmark. Usage: npm run seed:large -- --years 10 [--out .bench-data/large.sqlite] [--seed 1]
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteMidnight } from './generator/day';
import { generate } from './generator/generate';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

async function main(): Promise<void> {
  const years = Number(option('years', '10'));
  const out = path.resolve(option('out', '.bench-data/large.sqlite'));
  const seed = Number(option('seed', '1'));
  if (!(years > 0) || !Number.isFinite(seed)) throw new Error('usage: --years <n> [--out file] [--seed n]');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const days = Math.round(years * 365.25);
  const began = Date.now();
  let lastReport = 0;
  const { written, refused } = await generate({
    out,
    days,
    seed,
    // The data ends at today's midnight (site time), so "today" in the bench is a fresh day.
    end: siteMidnight(Date.now()),
    progress: (day, writes) => {
      if (Date.now() - lastReport < 5000 && day !== days) return;
      lastReport = Date.now();
      const seconds = (Date.now() - began) / 1000;
      console.log(
        `day ${day}/${days}  ${writes.toLocaleString('en')} writes  ${(writes / seconds).toFixed(0)}/s  ` +
          `elapsed ${seconds.toFixed(0)} s  eta ${((seconds / day) * (days - day)).toFixed(0)} s`,
      );
    },
  });
  for (const [label, n] of written) console.log(`  ${label}: ${n.toLocaleString('en')}`);
  if (refused.size > 0) {
    console.log('refused by the services (should be none):');
    for (const [key, n] of [...refused].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${n}\t${key}`);
  }
  const size = fs.statSync(out).size;
  console.log(`done in ${((Date.now() - began) / 1000).toFixed(0)} s: ${out} (${(size / 1e9).toFixed(2)} GB)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
