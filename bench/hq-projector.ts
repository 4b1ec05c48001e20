/**
 * Head office (issue 15): how long a backlog of 20,000 events (four counters after days offline) takes to reach
 * PostgreSQL. Real servers on loopback: a site nats-server, the hub sourcing it over a leaf node, PostgreSQL with
 * fsync on. Writes its section of bench/results.md (between the hq-projector markers). Usage: npm run bench:hq
 * [-- --events 20000] [-- --batch 1000]
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { ensureHubStream } from '../electron/services/hq/hub-stream';
import { migrateHq } from '../electron/services/hq/migrate';
import { startProjector } from '../electron/services/hq/projector';
import { counterSubject, HUB_STREAM, type SyncEvent, siteStreamName } from '../shared/contract/sync-event';
import { busyCounter } from '../tests/helpers/hq-events';
import { startHub, startSiteServer, stopAllNatsServers } from '../tests/helpers/nats-servers';
import { startPostgres } from '../tests/helpers/postgres-server';
import { machine } from './lib/report';
import { writeSection } from './lib/sections';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const TARGET_MS = 30_000;
const SECTION = 'hq-projector';

async function until(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main(): Promise<void> {
  const total = option('events', 20_000);
  const batchSize = option('batch', 1000);
  const counters = 4;
  const postgres = await startPostgres({ fsync: true });
  try {
    const pool = new pg.Pool({ connectionString: await postgres.createDatabase('hq'), max: 4 });
    const setup = await pool.connect();
    await migrateHq(setup, path.resolve(__dirname, '../db/hq'));
    setup.release();
    const hub = await startHub();
    const site = await startSiteServer('XH', { hub });
    const siteConn = await connect({ servers: site.url });
    await (await jetstreamManager(siteConn)).streams.add({ name: siteStreamName('XH'), subjects: ['evt.XH.>'] });

    // The site holds the backlog before head office sees any of it (the link was down).
    const events: SyncEvent[] = [];
    for (let k = 1; k <= counters; k++)
      events.push(...busyCounter('XH', k, total / counters, Date.UTC(2026, 10, 20, 16), 4));
    const js = jetstream(siteConn);
    for (let i = 0; i < events.length; i += 500)
      await Promise.all(
        events
          .slice(i, i + 500)
          .map((e) => js.publish(counterSubject(e.site, e.counter), JSON.stringify(e), { msgID: e.eventId })),
      );

    const hubConn = await connect({ servers: hub.url });
    const hubJsm = await jetstreamManager(hubConn);
    const t0 = performance.now();
    await ensureHubStream(hubJsm, ['XH']);
    await until(
      'hub sourced the site',
      120_000,
      async () => (await hubJsm.streams.info(HUB_STREAM)).state.messages >= total,
    );
    const sourcedMs = performance.now() - t0;

    const t1 = performance.now();
    let batches = 0;
    const projector = await startProjector({ nc: hubConn, pool, batchSize, onBatch: () => batches++ });
    await projector.caughtUp(120_000);
    const projectedMs = performance.now() - t1;
    await projector.stop();
    const stored = Number((await pool.query<{ n: string }>('select count(*) as n from hq_events')).rows[0]?.n);
    if (stored !== total) throw new Error(`PostgreSQL holds ${stored} of ${total} events`);
    await Promise.all([siteConn.close(), hubConn.close()]);
    await pool.end();

    const convergeMs = sourcedMs + projectedMs;
    const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
    const lines = [
      '## Head office: a 20,000-event backlog to PostgreSQL (issue 15)',
      '',
      machine(),
      '',
      `${total.toLocaleString('en-US')} events of ${counters} counters waiting at a site server; then the hub stream`,
      'sources them over the leaf node and the projector stores them in PostgreSQL 15 (fsync on), with the chain check,',
      `the daily and monthly counts and the position in each transaction of ${batchSize} events. \`npm run bench:hq\`.`,
      '',
      '| step | time | events/s |',
      '|---|---|---|',
      `| hub sources the site's backlog | ${(sourcedMs / 1000).toFixed(2)} s | ${rate(total, sourcedMs)} |`,
      `| projector: hub stream to PostgreSQL (${batches} transactions) | ${(projectedMs / 1000).toFixed(2)} s | ${rate(total, projectedMs)} |`,
      `| **backlog converged at head office** | **${(convergeMs / 1000).toFixed(2)} s** | ${rate(total, convergeMs)} |`,
      '',
      `Target: under 30 s: ${convergeMs < TARGET_MS ? 'met' : 'MISSED'}.`,
    ];
    console.log(lines.join('\n'));
    const out = path.join(__dirname, 'results.md');
    writeSection(out, SECTION, lines);
    console.log(`written to ${out}`);
  } finally {
    await stopAllNatsServers();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
