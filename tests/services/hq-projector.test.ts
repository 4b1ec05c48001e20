import path from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventEntryHash } from '../../electron/services/hq/chain';
import { ensureHubStream } from '../../electron/services/hq/hub-stream';
import { migrateHq } from '../../electron/services/hq/migrate';
import { moduleOfEntity, recordEntityOfModule, reportedModules } from '../../electron/services/hq/modules';
import { projectBatch } from '../../electron/services/hq/project';
import { type Projector, startProjector } from '../../electron/services/hq/projector';
import { acknowledgeChainAlarm, crossSiteReport, openChainAlarms } from '../../electron/services/hq/reports';
import { counterSubject, HUB_STREAM, type SyncEvent, siteStreamName } from '../../shared/contract/sync-event';
import { busyCounter, counterChain } from '../helpers/hq-events';
import { type NatsServer, startHub, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { type PostgresServer, startPostgres } from '../helpers/postgres-server';

const hqMigrations = path.resolve(__dirname, '../../db/hq');
const SHANGHAI_MIDNIGHT = Date.UTC(2026, 10, 23, 16, 0, 0); // 2026-11-24 00:00 in Asia/Shanghai

let postgres: PostgresServer;
let pool: pg.Pool;
let hub: NatsServer;
let hubConn: NatsConnection;
const sites = new Map<string, { server: NatsServer; conn: NatsConnection }>();

beforeAll(async () => {
  postgres = await startPostgres();
  pool = new pg.Pool({ connectionString: await postgres.createDatabase('hq'), max: 4 });
  const client = await pool.connect();
  await migrateHq(client, hqMigrations);
  client.release();
  hub = await startHub();
  for (const site of ['XH', 'LY']) {
    const server = await startSiteServer(site, { hub });
    const conn = await connect({ servers: server.url });
    await (await jetstreamManager(conn)).streams.add({ name: siteStreamName(site), subjects: [`evt.${site}.>`] });
    sites.set(site, { server, conn });
  }
  hubConn = await connect({ servers: hub.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  await ensureHubStream(await jetstreamManager(hubConn), ['XH', 'LY']);
}, 90_000);

afterAll(async () => {
  for (const { conn } of sites.values()) await conn.close().catch(() => {});
  await hubConn?.close().catch(() => {});
  await pool?.end();
  await stopAllNatsServers();
  await postgres?.stop();
});

async function publish(events: SyncEvent[], msgId = (e: SyncEvent) => e.eventId): Promise<void> {
  for (const e of events) {
    const site = sites.get(e.site);
    if (!site) throw new Error(`no site ${e.site}`);
    await jetstream(site.conn).publish(counterSubject(e.site, e.counter), JSON.stringify(e), { msgID: msgId(e) });
  }
}

async function hubHolds(count: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      const jsm = await jetstreamManager(hubConn, { timeout: 1000 });
      if ((await jsm.streams.info(HUB_STREAM)).state.messages >= count) return;
    } catch {
      // The hub is starting again: JetStream answers a moment after the server accepts clients.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`hub stream never reached ${count}`);
}

async function rows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query<T>(sql, params)).rows;
}

const localDay = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);

/** The daily counts computed straight from the events, independently of the SQL. */
function expectedDaily(events: SyncEvent[]): Map<string, { created: number; changed: number; voided: number }> {
  const createdAt = new Map<string, number>();
  const out = new Map<string, { created: number; changed: number; voided: number }>();
  const bump = (key: string, field: 'created' | 'changed' | 'voided') => {
    const row = out.get(key) ?? { created: 0, changed: 0, voided: 0 };
    row[field] += 1;
    out.set(key, row);
  };
  for (const e of events) {
    if (e.action === 'create') createdAt.set(`${e.site}|${e.entity}|${e.entityId}`, e.at);
    const key = (at: number) => `${e.site}|${localDay(at)}|${e.entity}`;
    if (e.action === 'create') bump(key(e.at), 'created');
    if (e.action === 'update' || e.action === 'status') bump(key(e.at), 'changed');
    if (e.action === 'void') bump(key(createdAt.get(`${e.site}|${e.entity}|${e.entityId}`) ?? e.at), 'voided');
  }
  return out;
}

async function storedDaily() {
  const list = await rows<{
    site: string;
    day: string;
    entity: string;
    created: number;
    changed: number;
    voided: number;
  }>(`select site, to_char(day, 'YYYY-MM-DD') as day, entity, created, changed, voided from hq_daily`);
  return new Map(
    list.map((r) => [`${r.site}|${r.day}|${r.entity}`, { created: r.created, changed: r.changed, voided: r.voided }]),
  );
}

describe('head-office projector', () => {
  const all: SyncEvent[] = [];
  let projector: Projector;

  it('projects every site through the hub into PostgreSQL: each event once, counts per site and local day', async () => {
    const xh1 = busyCounter('XH', 1, 400, SHANGHAI_MIDNIGHT);
    const xh2 = busyCounter('XH', 2, 250, SHANGHAI_MIDNIGHT);
    const ly1 = busyCounter('LY', 1, 300, SHANGHAI_MIDNIGHT, 2);
    all.push(...xh1, ...xh2, ...ly1);
    await publish([...xh1, ...xh2, ...ly1]);
    await hubHolds(all.length);

    projector = await startProjector({ nc: hubConn, pool, batchSize: 200 });
    await projector.caughtUp(20_000);

    const [count] = await rows<{ n: string }>('select count(*) as n from hq_events');
    expect(Number(count?.n)).toBe(all.length);
    expect(await storedDaily()).toEqual(expectedDaily(all));
    const monthly = await rows<{ site: string; created: string }>(
      `select site, sum(created) as created from hq_monthly where month = '2026-11' group by site order by site`,
    );
    expect(monthly.map((m) => [m.site, Number(m.created)])).toEqual([
      ['LY', ly1.filter((e) => e.action === 'create').length],
      ['XH', [...xh1, ...xh2].filter((e) => e.action === 'create').length],
    ]);
    const [visit] = await rows<{ module: string }>(`select module from hq_events where entity = 'visits' limit 1`);
    expect(visit?.module).toBe(moduleOfEntity('visits'));
    expect(visit?.module).toBe('reception');
    const heads = await rows<{ site: string; counter: number; last_seq: string }>(
      'select site, counter, last_seq from hq_chain_heads order by site, counter',
    );
    expect(heads.map((h) => `${h.site}-${h.counter}:${h.last_seq}`)).toEqual(['LY-1:300', 'XH-1:400', 'XH-2:250']);
    expect(await rows('select * from hq_alarms')).toEqual([]);
  });

  it('reports records per module for one site or all, by day and by site, leaving voided records out', async () => {
    const records = (site: string | null, day: string | null) =>
      reportedModules.map((m) => {
        const entity = recordEntityOfModule[m];
        const mine = all.filter((e) => e.entity === entity && (site === null || e.site === site));
        const createdDay = new Map(mine.filter((e) => e.action === 'create').map((e) => [e.entityId, localDay(e.at)]));
        const inDay = (id: string) => day === null || createdDay.get(id) === day;
        return (
          mine.filter((e) => e.action === 'create' && inDay(e.entityId)).length -
          mine.filter((e) => e.action === 'void' && inDay(e.entityId)).length
        );
      });
    const client = await pool.connect();
    try {
      const month = await crossSiteReport(client, { kind: 'monthly', period: '2026-11', site: null });
      expect(month.sites).toEqual(['LY', 'XH']);
      expect(month.totals).toEqual(records(null, null));
      expect(month.bySite).toEqual([
        { site: 'LY', counts: records('LY', null) },
        { site: 'XH', counts: records('XH', null) },
      ]);
      expect(month.days.map((d) => d.day)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
      const xh = await crossSiteReport(client, { kind: 'monthly', period: '2026-11', site: 'XH' });
      expect(xh.totals).toEqual(records('XH', null));
      const day = await crossSiteReport(client, { kind: 'daily', period: '2026-11-25', site: 'LY' });
      expect(day.totals).toEqual(records('LY', '2026-11-25'));
      expect(day.totals.some((n) => n > 0)).toBe(true);
      await expect(crossSiteReport(client, { kind: 'daily', period: '2026-11', site: null })).rejects.toThrow();
      expect(month.openAlarms).toBe(0);
    } finally {
      client.release();
    }
  });

  it('stores an event published twice (a new message id, after the dedup window) once, and a replayed batch changes nothing', async () => {
    const before = await storedDaily();
    const again = all.slice(0, 20);
    await publish(again, (e) => `${e.eventId}-again`);
    await hubHolds(all.length + again.length);
    await projector.caughtUp(20_000);
    expect(Number((await rows<{ n: string }>('select count(*) as n from hq_events'))[0]?.n)).toBe(all.length);
    expect(await storedDaily()).toEqual(before);

    const client = await pool.connect();
    try {
      const messages = again.map((e, i) => ({ seq: 1 + i, body: JSON.stringify(e) }));
      const result = await projectBatch(client, 'REPLAY_TEST', messages, new Map());
      expect(result).toMatchObject({ stored: 0, duplicates: 20 });
    } finally {
      client.release();
    }
    expect(await storedDaily()).toEqual(before);
  });

  it('resumes from the position in PostgreSQL after a restart of the projector and of the hub', async () => {
    await projector.stop();
    const more = busyCounter('LY', 2, 120, SHANGHAI_MIDNIGHT);
    await publish(more.slice(0, 60));
    projector = await startProjector({ nc: hubConn, pool, batchSize: 50 });
    await hub.kill9();
    await publish(more.slice(60)); // the site keeps them while the hub is down
    await hub.start();
    all.push(...more);
    await hubHolds(all.length + 20);
    await projector.caughtUp(30_000);
    expect(Number((await rows<{ n: string }>('select count(*) as n from hq_events'))[0]?.n)).toBe(all.length);
    expect(await storedDaily()).toEqual(expectedDaily(all));
    expect(await rows('select * from hq_alarms')).toEqual([]);
  }, 60_000);

  it('raises an alarm for an altered event, a broken link, a gap and a fork, and keeps every event', async () => {
    const chain = counterChain('XH', 9);
    for (let i = 0; i < 6; i++) chain.next({ entity: 'calls', action: 'create' });
    const [e1, e2, e3, e4, e5, e6] = chain.events as [SyncEvent, SyncEvent, SyncEvent, SyncEvent, SyncEvent, SyncEvent];
    const altered = { ...e2, changes: '{"summary":"rewritten"}' }; // content changed, hash kept
    const other = counterChain('XH', 9); // a second history of the same counter: a rewritten file
    for (let i = 0; i < 3; i++) other.next({ entity: 'calls', action: 'create' });
    const fork = other.events[2] as SyncEvent;
    // A link to a previous hash that is not there, its own hash recomputed so only the link is wrong.
    const broken = { ...e4, prevHash: 'f'.repeat(64) };
    broken.hash = eventEntryHash(broken);
    // e5 is never published: e6 comes after a gap.
    void e5;
    const sent = [e1, altered, e3, fork, broken, e6];
    await publish(sent);
    const start = all.length + 20;
    await hubHolds(start + sent.length);
    await projector.caughtUp(20_000);
    const alarms = await rows<{ kind: string; counter_seq: string; event_id: string; other_event_id: string | null }>(
      `select kind, counter_seq, event_id, other_event_id from hq_alarms where site = 'XH' and counter = 9 order by id`,
    );
    expect(alarms.map((a) => `${a.kind}@${a.counter_seq}`)).toEqual(['altered@2', 'fork@3', 'broken@4', 'gap@6']);
    expect(alarms.find((a) => a.kind === 'fork')).toMatchObject({ event_id: fork.eventId, other_event_id: e3.eventId });
    expect(alarms.find((a) => a.kind === 'broken')?.event_id).toBe(e4.eventId);
    const kept = await rows<{ n: string }>(`select count(*) as n from hq_events where site = 'XH' and counter = 9`);
    expect(Number(kept[0]?.n)).toBe(sent.length);

    // The supervisor sees them, and acknowledges one with a note; it stays on record.
    const client = await pool.connect();
    try {
      const open = await openChainAlarms(client, 'XH');
      expect(open).toHaveLength(4);
      expect(await openChainAlarms(client, 'LY')).toEqual([]);
      const first = open[0] as { id: number };
      await expect(acknowledgeChainAlarm(client, { id: first.id, by: 'K003', note: ' ' })).rejects.toThrow();
      expect(await acknowledgeChainAlarm(client, { id: first.id, by: 'K003', note: '柜台 9 重装, 已核对' })).toBe(true);
      expect(await acknowledgeChainAlarm(client, { id: first.id, by: 'K003', note: 'again' })).toBe(false);
      expect(await openChainAlarms(client)).toHaveLength(3);
      expect((await crossSiteReport(client, { kind: 'monthly', period: '2026-11', site: 'XH' })).openAlarms).toBe(3);
    } finally {
      client.release();
    }
  });

  it('keeps a message that is not an event aside instead of dropping it', async () => {
    const site = sites.get('XH');
    await jetstream(site?.conn as NatsConnection).publish('evt.XH.7', 'not json', { msgID: 'junk-1' });
    const jsm = await jetstreamManager(hubConn);
    const last = (await jsm.streams.info(HUB_STREAM)).state.messages;
    await hubHolds(last);
    await projector.caughtUp(20_000);
    const rejected = await rows<{ reason: string; body: string }>('select reason, body from hq_rejected');
    expect(rejected).toEqual([{ reason: 'not JSON', body: 'not json' }]);
    await projector.stop();
  });
});
