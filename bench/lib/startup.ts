import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../../electron/app/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/app/runtime';
import { demoClerks } from '../../electron/services/demo-data';
import { anonymiseBatch, retentionCutoff, runRetention } from '../../electron/services/reception/retention';
import { DESKTOP_SESSION } from '../../electron/services/session';
import { longestBlockDuring, summarise, type Timing } from './measure';
import type { Row } from './report';

const migrationsFolder = path.resolve(__dirname, '../../db/migrations');

export interface StartupFigures {
  rows: Row[];
  notes: string[];
}

const once = (ms: number, block = ms): Timing => summarise([ms], block);

/** Visits whose personal data retention has still to blank under the policy in force, as the job's index holds them. */
function backlog(runtime: AppRuntime): number {
  if (runtime.state.kind !== 'ready') return 0;
  const cutoff = retentionCutoff(runtime.state.ctx);
  return runtime.state.ctx.sqlite
    .prepare(
      `select count(*) from visits where anonymised_at is null
         and (phone <> '' or id_masked <> '' or id_hash is not null) and time_in < ?`,
    )
    .pluck()
    .get(cutoff) as number;
}

/**
 * The app's start as main does it (`startRuntime`: open, migrations checked, schedulers, claim pool), on the
 * working copy moved into a data folder, to the dispatcher answering the login screen's list of clerks. Then the
 * first saves after start, the retention job over the backlog the generated file has (visits older than 180 days
 * were never anonymised: a first start after an upgrade; the bench also shortens the retention period, as a supervisor may), for at most
 * `retentionBudgetMs`, and a second start with nothing due. The schedulers are stopped right after start so that
 * no daily backup of the whole file starts meanwhile; the retention job is the one the scheduler runs.
 */
export async function measureStartup(file: string, retentionBudgetMs: number): Promise<StartupFigures> {
  const dataDir = path.join(path.dirname(file), 'startup');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm'])
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, path.join(dataDir, `frontdesk.sqlite${suffix}`));
  const rows: Row[] = [];
  const notes: string[] = [];

  const start = async (label: string) => {
    const { result, longestBlock } = await longestBlockDuring(async () => {
      const began = performance.now();
      const runtime = await startRuntime({ mode: 'browser', dataDir, migrationsFolder });
      runtime.stopSchedulers();
      const dispatch = createDispatcher(runtime);
      const clerks = await dispatch('session:loginClerks', {});
      if (!clerks.ok) throw new Error('the login screen got no clerks');
      return { runtime, dispatch, ms: performance.now() - began };
    });
    rows.push({ name: label, target: 1000, app: once(result.ms, longestBlock), raw: null });
    return result;
  };

  const first = await start('app start to the login screen (startRuntime + clerks), retention backlog pending');
  const pending = backlog(first.runtime);
  const lead = demoClerks.find((c) => c.role === 'lead');
  const clerkId = (first.runtime.state.kind === 'ready' ? first.runtime.state.ctx.sqlite : null)
    ?.prepare('select id from clerks where employee_no = ?')
    .pluck()
    .get(lead?.employeeNo);
  await first.dispatch('session:login', { clerkId, pin: lead?.pin }, DESKTOP_SESSION);
  const save = async (i: number) => {
    const began = performance.now();
    const done = await first.dispatch('reception:register', {
      visitorName: '开机后访客',
      phone: `1380000${String(1000 + i)}`,
      purpose: 'visit',
    });
    if (!done.ok) throw new Error(`save refused: ${JSON.stringify(done.error)}`);
    return performance.now() - began;
  };
  const firstSave = await longestBlockDuring(() => save(0));
  rows.push({
    name: 'first save after start (save visit)',
    target: 10,
    app: once(firstSave.result, firstSave.longestBlock),
    raw: null,
  });
  const next: number[] = [];
  for (let i = 1; i <= 20; i++) next.push(await save(i));
  rows.push({
    name: 'the next 20 saves after it (save visit)',
    target: 10,
    app: summarise(next, Math.max(...next)),
    raw: null,
  });

  const ctx = first.runtime.state.kind === 'ready' ? first.runtime.state.ctx : null;
  const began = performance.now();
  const retention = await longestBlockDuring(() =>
    runRetention(
      () => ctx,
      () => performance.now() - began > retentionBudgetMs,
    ),
  );
  const seconds = (performance.now() - began) / 1000;
  rows.push({
    name: `retention job: ${retention.result.toLocaleString('en')} of ${pending.toLocaleString('en')} due visits anonymised in ${seconds.toFixed(1)} s (batches that yield)`,
    target: null,
    app: once(seconds * 1000, retention.longestBlock),
    raw: null,
  });
  notes.push(
    `- retention: ${(retention.result / seconds).toFixed(0)} visits/s; the whole backlog of ${pending.toLocaleString('en')} would take about ${(pending / Math.max(1, retention.result / seconds) / 60).toFixed(1)} min in the background${retention.result < pending ? ` (stopped after ${retentionBudgetMs / 1000} s)` : ''}`,
  );
  closeRuntime(first.runtime);

  // Nothing due: a cutoff before the oldest visit, so the job's query finds nothing (what every daily run costs once
  // the backlog is done); measured on the second start's connection.
  const second = await start('app start to the login screen, second start');
  const secondCtx = second.runtime.state.kind === 'ready' ? second.runtime.state.ctx : null;
  if (secondCtx) {
    const oldest = secondCtx.sqlite.prepare('select min(time_in) from visits').pluck().get() as number;
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      anonymiseBatch(secondCtx, oldest);
      samples.push(performance.now() - t);
    }
    rows.push({
      name: 'retention job with nothing due (one look at the index)',
      target: null,
      app: summarise(samples, Math.max(...samples)),
      raw: null,
    });
  }
  closeRuntime(second.runtime);
  return { rows, notes };
}
