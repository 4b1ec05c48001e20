/**
 * The several-counters scenario of issue 15, with every part a real process on loopback: two sites (XH with
 * counters 1 and 2, LY with counter 1), each site's nats-server, the head-office hub, PostgreSQL with the projector,
 * and three counter processes on their own SQLite files. Servers and counters are killed with kill -9 along the way.
 * It ends with a line `N passed, N failed` (exit code 1 on any failure) and is bounded in time: it always ends.
 *
 *   npm run test:scenario
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { ensureHubStream } from '../../electron/services/hq/hub-stream';
import { migrateHq } from '../../electron/services/hq/migrate';
import { type Projector, startProjector } from '../../electron/services/hq/projector';
import { ensureSiteStream } from '../../electron/services/sync/site-stream';
import { type SyncEvent, siteStreamName } from '../../shared/contract/sync-event';
import { counterUser, type NatsServer, startHub, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { type PostgresServer, startPostgres } from '../helpers/postgres-server';
import { CounterProcess, killAllCounters } from './processes';

/** The whole scenario's bound: past it the run ends, every process is killed and the summary says so. */
const DEADLINE_MS = Number(process.env.SCENARIO_DEADLINE_MS ?? 600_000);
/** A bound for each wait below that ends a stuck step; not a timing (peer latency is a bench). */
const WAIT_MS = 120_000;

interface CounterState {
  connected: boolean;
  waiting: number;
  appliedSeq: number;
  auditSeq: number;
  hash: { all: string; tables: Record<string, string> };
  conflicts: { eventId: string; entity: string; entityId: string; keptEventId: string }[];
  chain: { ok: boolean };
  chainAlarms: unknown[];
  serials: string[];
  pickups: { slipId: string; n: number }[];
}
interface Slip {
  slipId: string;
  serialNo: string;
  claimCode: string;
}

const results: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail = ''): void {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}
async function step(name: string, run: () => Promise<unknown>): Promise<void> {
  try {
    const detail = await run();
    check(name, true, typeof detail === 'string' ? detail : '');
  } catch (error) {
    check(name, false, String(error instanceof Error ? error.message : error).slice(0, 2000));
  }
}
async function until(what: string, test: () => Promise<boolean>, ms = WAIT_MS): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await test().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Every message of a site stream, read one by one from its first sequence (the site server's own API). */
async function streamEvents(nc: NatsConnection, site: string): Promise<SyncEvent[]> {
  const jsm = await jetstreamManager(nc, { timeout: 10_000 });
  const info = await jsm.streams.info(siteStreamName(site));
  const events: SyncEvent[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(siteStreamName(site), { seq });
    if (message) events.push(message.json<SyncEvent>());
  }
  return events;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-scenario-'));
  let postgres: PostgresServer | null = null;
  let pool: pg.Pool | null = null;
  const conns: NatsConnection[] = [];
  let projector: Projector | null = null;
  const deadline = setTimeout(() => {
    check(`the scenario ends within ${DEADLINE_MS / 1000} s`, false, 'deadline passed; everything killed');
    finish();
  }, DEADLINE_MS);
  const finish = () => {
    killAllCounters();
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  };
  try {
    postgres = await startPostgres();
    pool = new pg.Pool({ connectionString: await postgres.createDatabase('hq'), max: 4 });
    const client = await pool.connect();
    await migrateHq(client, path.resolve(__dirname, '../../db/hq'));
    client.release();

    const hub = await startHub();
    const users = { XH: [counterUser('XH', 1), counterUser('XH', 2)], LY: [counterUser('LY', 1)] };
    const sites: Record<'XH' | 'LY', NatsServer> = {
      XH: await startSiteServer('XH', { hub, users: users.XH }),
      LY: await startSiteServer('LY', { hub, users: users.LY }),
    };
    // The site server's set-up (README): its stream exists before counters connect; the hub sources both.
    const siteConn = {} as Record<'XH' | 'LY', NatsConnection>;
    for (const site of ['XH', 'LY'] as const) {
      const admin = users[site][0];
      siteConn[site] = await connect({
        servers: sites[site].url,
        user: admin?.user,
        pass: admin?.password,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
      });
      conns.push(siteConn[site]);
      await ensureSiteStream(await jetstreamManager(siteConn[site]), site);
    }
    const hubConn = await connect({ servers: hub.url, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    conns.push(hubConn);
    await ensureHubStream(await jetstreamManager(hubConn), ['XH', 'LY']);
    projector = await startProjector({ nc: hubConn, pool });

    const counter = (site: 'XH' | 'LY', k: number, seed: boolean) => {
      const user = counterUser(site, k);
      const file = path.join(dir, `${site}-${k}.sqlite`);
      const args = [file, site, String(k), sites[site].url, user.user, user.password, seed ? 'seed' : ''];
      return new CounterProcess(`${site}-${k}`, args);
    };
    const c1 = counter('XH', 1, true);
    const c2 = counter('XH', 2, false);
    const c3 = counter('LY', 1, true);
    await Promise.all([c1.start(), c2.start(), c3.start()]);
    const status = (c: CounterProcess, slip: Slip) => c.call<string | null>('slipStatus', { slipId: slip.slipId });
    const state = (c: CounterProcess) => c.call<CounterState>('state');

    let first: Slip | null = null;
    await step('a deposit at counter 1 is visible at counter 2', async () => {
      const slip = await c1.call<Slip>('deposit');
      first = slip;
      const ms = await until('slip stored at XH-2', async () => (await status(c2, slip)) === 'stored');
      return `seen after ${seconds(ms)}`;
    });
    await step('a pickup at counter 2 is visible at counter 1', async () => {
      const slip = first;
      if (!slip) throw new Error('no slip from the step before');
      await c2.call('pickup', slip);
      const ms = await until('slip collected at XH-1', async () => (await status(c1, slip)) === 'collected');
      return `seen after ${seconds(ms)}`;
    });
    await step('a deposit at the other site (LY) is taken', async () => {
      await c3.call<Slip>('deposit');
    });

    const contested = await c1.call<Slip>('deposit');
    await until('contested slip at XH-2', async () => (await status(c2, contested)) === 'stored');
    await sites.XH.kill9();
    await hub.kill9();
    await step('with the site server and the hub killed, both counters pick up the same slip', async () => {
      const [a, b] = await Promise.all([
        c1.call<{ status: string }>('pickup', contested),
        c2.call<{ status: string }>('pickup', contested),
      ]);
      if (a.status !== 'collected' || b.status !== 'collected') throw new Error(`${a.status} / ${b.status}`);
    });
    await step('both counters keep working offline', async () => {
      await Promise.all([c1.call('deposit'), c2.call('deposit'), c3.call('deposit')]);
    });
    await step('counter 2 killed with kill -9 starts again on its file and works offline', async () => {
      await c2.kill9();
      await c2.start();
      await c2.call('deposit');
    });
    await sites.XH.start();
    await step('after the site server restarts, the double pickup is flagged at both counters', async () => {
      const flagged = async (c: CounterProcess) =>
        (await state(c)).conflicts.some((x) => x.entityId === contested.slipId);
      const ms = await until('conflict at XH-1 and XH-2', async () => (await flagged(c1)) && (await flagged(c2)));
      return `after ${seconds(ms)}`;
    });
    await step('the site server killed with kill -9 during a burst of publishes', async () => {
      for (let round = 0; round < 6; round++) {
        await Promise.all([c1.call('burst', { count: 20 }), c2.call('burst', { count: 20 })]);
        // The counters publish right after their deposits: the kill lands while those publishes are in flight.
        if (round === 2) await sites.XH.kill9();
      }
      await sites.XH.start();
      return '240 deposits';
    });
    await hub.start();

    // Everything settles: each counter has sent all, applied all, and head office holds both sites.
    const counters = [c1, c2, c3];
    await step('every counter sends and applies everything', async () => {
      const ms = await until('all sent and applied', async () => {
        const states = await Promise.all(counters.map(state));
        const xh = await jetstreamManager(siteConn.XH).then((j) => j.streams.info(siteStreamName('XH')));
        const ly = await jetstreamManager(siteConn.LY).then((j) => j.streams.info(siteStreamName('LY')));
        const [s1, s2, s3] = states;
        return (
          states.every((s) => s.waiting === 0) &&
          s1?.appliedSeq === xh.state.last_seq &&
          s2?.appliedSeq === xh.state.last_seq &&
          s3?.appliedSeq === ly.state.last_seq
        );
      });
      return `settled after ${seconds(ms)}`;
    });
    const [s1, s2, s3] = await Promise.all(counters.map(state));
    if (!s1 || !s2 || !s3) throw new Error('no state');

    const streams = { XH: await streamEvents(siteConn.XH, 'XH'), LY: await streamEvents(siteConn.LY, 'LY') };
    const audit = { 'XH-1': s1.auditSeq, 'XH-2': s2.auditSeq, 'LY-1': s3.auditSeq };
    for (const [site, events] of Object.entries(streams)) {
      const ids = new Set(events.map((e) => e.eventId));
      check(`the ${site} stream holds every event exactly once`, ids.size === events.length, `${events.length} events`);
      for (const k of site === 'XH' ? [1, 2] : [1]) {
        const seqs = events.filter((e) => e.counter === k).map((e) => e.counterSeq);
        const expected = audit[`${site}-${k}` as keyof typeof audit];
        const inOrder = seqs.every((s, i) => s === i + 1);
        check(
          `nothing left unsent by ${site}-${k}: its stream holds its audit entries 1..${expected} in order`,
          inOrder && seqs.length === expected,
          `${seqs.length} of ${expected}`,
        );
      }
    }
    const differing = Object.keys(s1.hash.tables).filter((t) => s1.hash.tables[t] !== s2.hash.tables[t]);
    check(
      'both counters of XH hold the same state (hash of their tables)',
      s1.hash.all === s2.hash.all,
      differing.join(', '),
    );
    for (const [name, s] of [
      ['XH-1', s1],
      ['XH-2', s2],
    ] as const) {
      const conflict = s.conflicts.find((x) => x.entityId === contested.slipId);
      const kept = conflict
        ? streams.XH.filter((e) => e.eventId === conflict.eventId || e.eventId === conflict.keptEventId).length
        : 0;
      const pickups = s.pickups.find((p) => p.slipId === contested.slipId)?.n ?? 0;
      check(
        `the double pickup is flagged at ${name} with both events kept`,
        kept === 2 && pickups === 2,
        `${kept} events, ${pickups} pickups`,
      );
    }
    for (const [name, s] of [
      ['XH-1', s1],
      ['XH-2', s2],
      ['LY-1', s3],
    ] as const) {
      check(`${name}'s own chain verifies and no peer chain raised an alarm`, s.chain.ok && s.chainAlarms.length === 0);
    }
    const allSerials = [...s1.serials, ...s3.serials];
    check(
      'serials are unique across counters and sites',
      new Set(allSerials).size === allSerials.length,
      `${allSerials.length} slips`,
    );

    await step('PostgreSQL holds every event of both sites once, and no chain alarm', async () => {
      const total = streams.XH.length + streams.LY.length;
      await until('hub stream projected', async () => {
        const n = await pool?.query('select count(*)::int as n from hq_events');
        return n?.rows[0]?.n === total;
      });
      const bySite = await pool?.query<{ site: string; n: number }>(
        'select site, count(distinct event_id)::int as n from hq_events group by site order by site',
      );
      const counts = Object.fromEntries((bySite?.rows ?? []).map((r) => [r.site, r.n]));
      if (counts.XH !== streams.XH.length || counts.LY !== streams.LY.length) throw new Error(JSON.stringify(counts));
      const alarms = await pool?.query('select kind, site, counter from hq_alarms');
      if (alarms?.rowCount) throw new Error(`alarms: ${JSON.stringify(alarms.rows)}`);
      return `${total} events`;
    });
  } catch (error) {
    check('the scenario runs to its end', false, String(error));
  } finally {
    clearTimeout(deadline);
    killAllCounters();
    await projector?.stop().catch(() => undefined);
    for (const nc of conns) await nc.close().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    await stopAllNatsServers();
    await postgres?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  finish();
}

void main();
