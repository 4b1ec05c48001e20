import { afterAll, describe, expect, it } from 'vitest';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { bags, deposit } from '../helpers/storage';
import { startCounterSync, until } from '../helpers/sync-counters';

const engines: SyncEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllNatsServers();
});

const one = (desk: TestDesk, sql: string, ...params: unknown[]): unknown =>
  desk.ctx.sqlite
    .prepare(sql)
    .pluck()
    .get(...params);

describe('an event this counter cannot store', () => {
  it('is kept as failed and the site stream goes on (two desks with their own demo clerks joined one site)', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const a = await freshDesk();
    const b = await freshDesk();
    engines.push(startCounterSync(a, server, 'XH', 1), startCounterSync(b, server, 'XH', 2));
    // Each desk's clerk K001 has its own id: the other's cannot be stored beside it (one employee number, one clerk).
    const shelf = one(a, "select id from storage_locations where code = 'D-01'") as string;
    const { slip } = deposit(a, bags(shelf));
    await until(
      'slip at B',
      () => one(b, 'select status from storage_slips where id = ?', slip.id) === 'stored',
      30_000,
    );
    const failed = (desk: TestDesk) => one(desk, "select count(*) from sync_inbox where outcome = 'failed'") as number;
    expect(failed(b)).toBeGreaterThan(0);
    expect(one(b, "select count(*) from sync_inbox where outcome = 'failed' and entity = 'clerks'")).toBe(4);
    expect(one(b, 'select count(*) from clerks')).toBe(4);
  });
});
