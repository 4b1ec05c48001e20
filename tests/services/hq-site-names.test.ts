import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateHq } from '../../electron/services/hq/migrate';
import { loadChainHeads, projectBatch } from '../../electron/services/hq/project';
import { crossSiteReport } from '../../electron/services/hq/reports';
import { addItem, getSite, saveSite } from '../../electron/services/settings';
import { lastAuditSeq, outboxEvents } from '../../electron/services/sync/outbox';
import type { SyncEvent } from '../../shared/contract/sync-event';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterChain } from '../helpers/hq-events';
import { type PostgresServer, startPostgres } from '../helpers/postgres-server';

/**
 * 总部报表 names each site as its counters published it (the `site` record's name), not by its code: from the
 * events a real desk publishes, projected into a real PostgreSQL.
 */
const hqMigrations = path.resolve(__dirname, '../../db/hq');
let postgres: PostgresServer;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

async function database(name: string, folder = hqMigrations): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: await postgres.createDatabase(name) });
  await client.connect();
  await migrateHq(client, folder);
  return client;
}

/** What a desk publishes as counter `counter` of `site`: its audit entries as events, from `after` on. */
function published(desk: TestDesk, site: string, counter: number, after = 0): SyncEvent[] {
  return outboxEvents(desk.ctx.sqlite, { site, counter, appVersion: '0.1.0' }, after, 10_000);
}

let streamSeq = 0;
async function project(client: pg.Client, events: SyncEvent[]): Promise<void> {
  const messages = events.map((e) => ({ seq: ++streamSeq, body: JSON.stringify(e) }));
  await projectBatch(client, 'HQ_EVENTS', messages, await loadChainHeads(client));
}

const report = (client: pg.Client) => crossSiteReport(client, { kind: 'monthly', period: '2026-11', site: null });

function renamed(desk: TestDesk, name: string, code: string) {
  const site = getSite(desk.ctx);
  return saveSite(desk.ctx, desk.clerkByRole('supervisor'), { ...site, name, code });
}

describe('site names at head office', () => {
  it('come from each site’s published site record, follow a rename, and fall back to the code', async () => {
    const client = await database('names');
    try {
      const xh = await freshDesk();
      renamed(xh, '星河广场', 'XH');
      const ly = await freshDesk();
      renamed(ly, '龙阳广场', 'LY');
      await project(client, [...published(xh, 'XH', 1), ...published(ly, 'LY', 1)]);
      // A site whose counters have not published their site record yet: its code.
      const other = counterChain('PD', 1);
      other.next({ entity: 'visits', action: 'create' });
      await project(client, other.events);
      expect((await report(client)).siteNames).toEqual({ LY: '龙阳广场', PD: 'PD', XH: '星河广场' });

      // Renamed at a counter: renamed at head office with the next batch.
      const before = lastAuditSeq(xh.ctx.sqlite);
      renamed(xh, '星河广场（北区）', 'XH');
      await project(client, published(xh, 'XH', 1, before));
      expect((await report(client)).siteNames.XH).toBe('星河广场（北区）');

      // Another record's `name` (a shop, a department) is no site's name.
      const shopAt = lastAuditSeq(ly.ctx.sqlite);
      addItem(ly.ctx, ly.clerkByRole('supervisor'), {
        kind: 'departments',
        name: '物业二部',
        unitNo: '',
        floor: '',
        phone: '',
      });
      await project(client, published(ly, 'LY', 1, shopAt));
      expect((await report(client)).siteNames.LY).toBe('龙阳广场');
    } finally {
      await client.end();
    }
  }, 60_000);

  it('a head office that projected events before names existed gets them from those events', async () => {
    const client = await database('upgrade');
    try {
      const xh = await freshDesk();
      renamed(xh, '星河广场', 'XH');
      await project(client, published(xh, 'XH', 1));
      // Head office as it was at 0001, its events projected: no name column, 0002 not applied.
      await client.query('alter table hq_sites drop column name');
      await client.query('delete from hq_migrations where version = 2');
      await migrateHq(client, hqMigrations);
      expect((await report(client)).siteNames).toEqual({ XH: '星河广场' });
    } finally {
      await client.end();
    }
  }, 60_000);
});
