import { afterAll, describe, expect, it } from 'vitest';
import type { JoinStateView } from '../../shared/contract/sync';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { counterUser, freePort, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { until } from '../helpers/sync-counters';

afterAll(async () => {
  await stopAllNatsServers();
});

const join = (url: string, k: number) => ({
  serverUrl: url,
  user: `XH-${k}`,
  password: `pw-XH-${k}`,
  counterIndex: k,
  site: 'xh',
});

describe('sync:join: a new PC without data joins an existing desk', () => {
  it('is refused on a desk with data of its own, and on an unreachable server nothing is saved', async () => {
    const demo = await startIpcDesk();
    expect(data<JoinStateView>(await demo.dispatch('sync:joinState', {})).canJoin).toBe(false);
    expect(failure(await demo.dispatch('sync:join', join('nats://127.0.0.1:4222', 2)))).toMatchObject({
      code: 'forbidden',
      messageKey: 'sync.errors.notEmpty',
    });
    const empty = await startIpcDesk({ demoData: false });
    expect(data<JoinStateView>(await empty.dispatch('sync:joinState', {}))).toMatchObject({
      canJoin: true,
      joined: false,
    });
    const nobody = `nats://127.0.0.1:${await freePort()}`;
    expect(failure(await empty.dispatch('sync:join', join(nobody, 2))).messageKey).toBe('sync.errors.unreachable');
    expect(failure(await empty.dispatch('sync:join', { ...join(nobody, 2), site: 'x' })).field).toBe('site');
    expect(empty.count('select count(*) from sync_settings')).toBe(0);
  }, 60_000);

  it('joins, receives the site and staff, a supervisor logs in there, and it cannot join twice', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const a = await startIpcDesk();
    await a.loginAs('K003', 'supervisor');
    data(await a.dispatch('sync:enrol', { ...join(server.url, 1), site: undefined }));
    const b = await startIpcDesk({ demoData: false });
    expect(data<JoinStateView>(await b.dispatch('sync:join', join(server.url, 2)))).toMatchObject({
      canJoin: false,
      joined: true,
      site: 'XH',
      counterIndex: 2,
    });
    await until('the staff at the new PC', () => b.count('select count(*) from clerks') >= 4, 20_000);
    await until('the counter at the new PC', () => b.count('select count(*) from counters') >= 1, 20_000);
    expect((await b.loginAs('K003', 'supervisor')).site.code).toBe('XH');
    expect(b.count("select count(*) from sync_inbox where outcome = 'failed'")).toBe(0);
    expect(failure(await b.dispatch('sync:join', join(server.url, 3))).messageKey).toBe('sync.errors.notEmpty');
  }, 90_000);
});
