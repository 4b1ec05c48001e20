import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrateHq } from '../../electron/services/hq/migrate';
import { loadChainHeads, projectBatch } from '../../electron/services/hq/project';
import type { SyncEvent } from '../../shared/contract/sync-event';
import { counterChain } from './hq-events';
import { type PostgresServer, startPostgres } from './postgres-server';

const hqMigrations = path.resolve(__dirname, '../../db/hq');

/** A read-only account of head office's reports database, checked by password (scram), as a desk would use. */
export const HQ_READER = { user: 'hq_reader', password: 'reader-pw-7431' };

export interface HqDatabase {
  server: PostgresServer;
  port: number;
  database: string;
  stop(): Promise<void>;
}

/** 2026-11-24 10:00 and 2026-12-01 10:00 in Asia/Shanghai. */
const NOV_24 = Date.UTC(2026, 10, 24, 2, 0, 0);
const DEC_1 = Date.UTC(2026, 11, 1, 2, 0, 0);

/**
 * Two sites' records as head office holds them after projecting the hub stream. November 2026: XH 3 visits, 2
 * calls, a slip voided; LY 1 visit, 4 complaints. December: XH 1 repair order. Every figure below is counted from
 * this list, not from PostgreSQL.
 */
export function seededEvents(): SyncEvent[] {
  const xh = counterChain('XH', 1);
  const ly = counterChain('LY', 2);
  const at = (base: number, i: number) => base + i * 60_000;
  // Each site's record as its counter publishes it: head office names the site by it.
  xh.next({ entity: 'site', action: 'create', data: { name: '星河广场', code: 'XH' }, at: at(NOV_24, -1) });
  ly.next({ entity: 'site', action: 'create', data: { name: '龙阳广场', code: 'LY' }, at: at(NOV_24, -1) });
  for (let i = 0; i < 3; i++) xh.next({ entity: 'visits', action: 'create', at: at(NOV_24, i) });
  for (let i = 0; i < 2; i++) xh.next({ entity: 'calls', action: 'create', at: at(NOV_24, 10 + i) });
  const slip = xh.next({ entity: 'storageSlips', action: 'create', at: at(NOV_24, 20) });
  xh.next({ entity: 'storageSlips', entityId: slip.entityId, action: 'void', baseVersion: 1, at: at(NOV_24, 21) });
  xh.next({ entity: 'repairOrders', action: 'create', at: at(DEC_1, 0) });
  ly.next({ entity: 'visits', action: 'create', at: at(NOV_24, 30) });
  for (let i = 0; i < 4; i++) ly.next({ entity: 'complaints', action: 'create', at: at(NOV_24, 40 + i) });
  return [...xh.events, ...ly.events];
}

/**
 * A real PostgreSQL with head office's schema and the seeded events projected into it, and a reader account that
 * logs in with a password (everyone else on loopback by trust, as the test server is set up). `stop()` ends it.
 */
export async function startHqDatabase(): Promise<HqDatabase> {
  const server = await startPostgres();
  try {
    const url = await server.createDatabase('hq');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await migrateHq(client, hqMigrations);
      const messages = seededEvents().map((e, i) => ({ seq: i + 1, body: JSON.stringify(e) }));
      await projectBatch(client, 'HQ_EVENTS', messages, await loadChainHeads(client));
      await client.query(`create role ${HQ_READER.user} login password '${HQ_READER.password}'`);
      await client.query(`grant select on all tables in schema public to ${HQ_READER.user}`);
      // The reader must give its password; the test's own superuser stays on trust.
      const hba = path.join(server.dir, 'data', 'pg_hba.conf');
      fs.writeFileSync(
        hba,
        `host all ${HQ_READER.user} 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 trust\nlocal all all trust\n`,
      );
      await client.query('select pg_reload_conf()');
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, port: server.port, database: 'hq', stop: () => server.stop() };
}
