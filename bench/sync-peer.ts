/**
 * Several counters (issue 15): how soon a peer sees a write, and what a save costs with sync running. Real
 * nats-server on loopback, two counters of site XH on their own SQLite files in this process (the peer applies in
 * the background as the app does). Writes its section of bench/results.md (between the sync-peer markers).
 * Usage: npm run bench:sync [-- --writes 200]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/open';
import { serviceContext } from '../electron/app/modules';
import { type Actor, type ServiceContext, systemClock } from '../electron/services/context';
import { seedDemoData } from '../electron/services/demo-data';
import { depositGoods } from '../electron/services/storage';
import { SyncEngine } from '../electron/services/sync/engine';
import { getSyncSettings, saveSyncSettings } from '../electron/services/sync/settings';
import { depositInput } from '../shared/contract/storage';
import { counterUser, type NatsServer, startSiteServer, stopAllNatsServers } from '../tests/helpers/nats-servers';
import { machine } from './lib/report';
import { writeSection } from './lib/sections';

const SECTION = 'sync-peer';
const TARGET_P95_MS = 1000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function desk(dir: string, name: string, demo: boolean): Promise<ServiceContext> {
  const opened = await openDatabase(path.join(dir, `${name}.sqlite`), {
    migrationsFolder: path.resolve(__dirname, '../db/migrations'),
  });
  const ctx = serviceContext(opened, systemClock);
  if (demo) seedDemoData(ctx);
  return ctx;
}

function enrol(ctx: ServiceContext, server: NatsServer, k: number, onApplied?: () => void): SyncEngine {
  const user = counterUser('XH', k);
  saveSyncSettings(ctx.sqlite, {
    enabled: true,
    serverUrl: server.url,
    user: user.user,
    password: user.password,
    site: 'XH',
    counterIndex: k,
    enrolledAt: Date.now(),
  });
  const settings = getSyncSettings(ctx.sqlite);
  if (!settings) throw new Error('not enrolled');
  return new SyncEngine({ ctx, settings, entities: ctx.modules.sync, appVersion: '0.1.0', onApplied }).start();
}

function clerk(ctx: ServiceContext): Actor {
  const row = ctx.sqlite.prepare("select id, name from clerks where role = 'clerk' limit 1").get() as {
    id: string;
    name: string;
  };
  return { clerkId: row.id, name: row.name, role: 'clerk', shiftId: null, counterId: null };
}

function deposit(ctx: ServiceContext, actor: Actor): string {
  const shelf = ctx.sqlite.prepare("select id from storage_locations where code = 'D-01'").pluck().get() as string;
  const input = depositInput.parse({
    depositorName: '赵敏',
    phone: '13912345678',
    description: '购物袋两个',
    pieces: 2,
    size: 'small',
    locationId: shelf,
  });
  return depositGoods(ctx, actor, input).slip.id;
}

/** Durations of `count` saves, 10 ms apart so what runs in the background (publish, apply) runs between them. */
async function timeSaves(ctx: ServiceContext, count: number, after?: () => void): Promise<number[]> {
  const actor = clerk(ctx);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    deposit(ctx, actor);
    out.push(performance.now() - t);
    after?.();
    await new Promise((r) => setTimeout(r, 10));
  }
  return out;
}

async function until(what: string, timeoutMs: number, check: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function main(): Promise<void> {
  const writes = option('writes', 200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-sync-'));
  const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
  const engines: SyncEngine[] = [];
  try {
    // Save cost with no sync at all (a single-PC desk), the baseline.
    const single = await desk(dir, 'single', true);
    await timeSaves(single, 10);
    const alone = await timeSaves(single, writes);

    const a = await desk(dir, 'a', true);
    const b = await desk(dir, 'b', false);
    const pending = new Map<string, number>();
    const seen: number[] = [];
    const check = () => {
      for (const [id, at] of pending)
        if (b.sqlite.prepare('select 1 from storage_slips where id = ?').get(id)) {
          seen.push(performance.now() - at);
          pending.delete(id);
        }
    };
    const engineA = enrol(a, server, 1);
    engines.push(engineA, enrol(b, server, 2, check));
    const clerks = () => b.sqlite.prepare('select count(*) from clerks').pluck().get();
    await until('the peer has the first counter history', 60_000, () => clerks() === 4);
    const actor = clerk(a);

    // Peer latency: one deposit every 50 ms (a busy desk), each timed from its commit to the peer's apply.
    for (let i = 0; i < writes; i++) {
      const t = performance.now();
      const id = deposit(a, actor);
      pending.set(id, t);
      engineA.kick();
      await new Promise((r) => setTimeout(r, 50));
    }
    await until('the peer has every deposit', 60_000, () => {
      check();
      return pending.size === 0;
    });

    // Save cost with sync running: the same saves while the publisher and the applier work in the background.
    const withSync = await timeSaves(a, writes, () => engineA.kick());
    const p95 = quantile(seen, 0.95);
    const lines = [
      '## Several counters: peer latency and save cost (`npm run bench:sync`)',
      '',
      `${machine()}. ${writes} deposits; one site nats-server on loopback, two counters on their own SQLite files.`,
      '',
      '| measure | p50 | p95 | max |',
      '|---|---|---|---|',
      `| a write seen at the peer (commit to the peer's apply) | ${ms(quantile(seen, 0.5))} | ${ms(p95)} | ${ms(Math.max(...seen))} |`,
      `| a save, single PC (no sync) | ${ms(quantile(alone, 0.5))} | ${ms(quantile(alone, 0.95))} | ${ms(Math.max(...alone))} |`,
      `| a save, enrolled counter with sync running | ${ms(quantile(withSync, 0.5))} | ${ms(quantile(withSync, 0.95))} | ${ms(Math.max(...withSync))} |`,
      '',
      `Target: a peer sees a write within 1 s at p95: ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'}. A save includes its claim`,
      "code's scrypt hash (about 40 ms); the publish is off the save's path (the save only wakes the publisher).",
    ];
    console.log(lines.join('\n'));
    const out = path.join(__dirname, 'results.md');
    writeSection(out, SECTION, lines);
    console.log(`written to ${out}`);
  } finally {
    await Promise.all(engines.map((e) => e.stop()));
    await stopAllNatsServers();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
