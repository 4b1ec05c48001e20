/**
 * Benchmark of the app's services on generated data (see bench/seed-large.ts). Prints and writes
 * bench/results.md. Usage: npm run bench [-- --data .bench-data/large.sqlite] [-- --quick]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchDir, migrateInPlace, openBenchDesk, workingCopy } from './lib/desk';
import { measure, samplePeakRss, summarise } from './lib/measure';
import { likeScan, monthlyCase, pickTerms, readCases } from './lib/reads';
import { machine, type Row, sizeLines, table } from './lib/report';
import { rawSaver, saveCases } from './lib/saves';
import { measureSizes } from './lib/sizes';

const quick = process.argv.includes('--quick');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function sourceFile(): string {
  if (!quick) return path.resolve(option('data', path.join(benchDir, 'large.sqlite')));
  const file = path.join(benchDir, 'quick.sqlite');
  if (!fs.existsSync(file))
    execFileSync('npx', ['tsx', path.join(__dirname, 'seed-large.ts'), '--years', '0.03', '--out', file], {
      stdio: 'inherit',
    });
  return file;
}

async function main(): Promise<void> {
  const source = sourceFile();
  if (!fs.existsSync(source)) throw new Error(`no data at ${source}: run npm run seed:large -- --years 10 first`);
  migrateInPlace(source);
  console.log(`copying ${source} …`);
  const copy = workingCopy(source);
  const opening = performance.now();
  const desk = await openBenchDesk(copy);
  const openMs = performance.now() - opening;
  const sqlite = desk.ctx.sqlite;
  const samples = Number(option('samples', quick ? '30' : '200'));
  const rows: Row[] = [];
  const show = (row: Row) => {
    rows.push(row);
    console.log(table([row]).split('\n')[2]);
  };
  show({
    name: 'app start: open the file (after a clean shutdown) and log in',
    target: null,
    app: summarise([openMs], openMs),
    raw: null,
  });
  console.log('sizes (dbstat) …');
  const sizes = measureSizes(sqlite);
  console.log(sizeLines(sizes));
  const terms = pickTerms(sqlite);

  // The backup runs first: the raw saves below write rows the audit chain does not cover.
  const backupFolder = path.join(benchDir, 'backups');
  const backups = Number(option('backups', quick ? '3' : '1'));
  if (backups > 0) {
    const app = await measure(backups, () => desk.call('backup:run', {}), 0);
    const raw = await measure(backups, (i) => sqlite.backup(path.join(backupFolder, `raw-${i}.sqlite`)), 0);
    show({ name: 'backup (online copy + integrity_check + audit verify of the copy)', target: null, app, raw });
    fs.rmSync(backupFolder, { recursive: true, force: true });
  }

  const today = new Date().toISOString().slice(0, 10);
  for (const c of saveCases(desk, today, Date.now())) {
    let lastId = '';
    const appTiming = await measure(
      samples,
      async (i) => {
        lastId = c.idOf(await desk.call(c.channel, c.input(i + 1000)));
      },
      undefined,
      undefined,
      c.pauseMs,
    );
    const template = sqlite.prepare(`select * from "${c.table}" where id = ?`).get(lastId) as Record<string, unknown>;
    const save = rawSaver(sqlite, c.table, template);
    const rawTiming = await measure(samples, (i) => save(i + 1000));
    show({ name: c.name, target: 1, app: appTiming, raw: rawTiming });
  }

  for (const c of readCases(desk, terms, await monthlyCase(desk))) {
    const appTiming = await measure(samples, () => c.app());
    const rawTiming = await measure(samples, () => c.raw());
    show({ name: c.name, target: c.target, app: appTiming, raw: rawTiming });
  }
  const likeRows: Row[] = [];
  for (const text of [terms.name3.slice(0, 1), '无此记录词']) {
    const timing = await measure(Math.min(samples, 10), likeScan(sqlite, text), 1, 10_000);
    likeRows.push({
      name: `LIKE scan of search_entries for "${text}" (what the index replaces)`,
      target: null,
      app: timing,
      raw: null,
    });
  }

  const peak = Math.max(samplePeakRss(), process.resourceUsage().maxRSS * 1024);
  // Opening the file happens once at start (before the window is usable); the target is about work at the desk.
  const working = rows.filter((r) => !r.name.startsWith('app start'));
  const longest = working.reduce((a, r) => (r.app.longestBlock > a.app.longestBlock ? r : a));
  const markdown = [
    `# Benchmark results${quick ? ' (quick, small data set)' : ''}`,
    '',
    machine(),
    `- data: ${path.basename(source)} — up to ${samples} samples per operation (at least 5, at most 20 s each; backup ${backups}), after 3 warm-up runs`,
    '',
    sizeLines(sizes),
    `- peak process memory (rss): ${(peak / 2 ** 20).toFixed(0)} MiB`,
    `- longest main-thread block: ${longest.app.longestBlock.toFixed(1)} ms (${longest.name}); target at most 50 ms`,
    '',
    table(rows),
    '',
    table(likeRows),
    '',
  ].join('\n');
  const out = option('out', path.join(__dirname, quick ? 'results-quick.md' : 'results.md'));
  // The analysis of missed targets is written by hand in results-notes.md and kept across runs.
  const notes = path.join(__dirname, 'results-notes.md');
  fs.writeFileSync(out, `${markdown}\n${!quick && fs.existsSync(notes) ? fs.readFileSync(notes, 'utf8') : ''}`);
  console.log(`\n${markdown}\nwritten to ${out}`);
  sqlite.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(desk.file + suffix, { force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
