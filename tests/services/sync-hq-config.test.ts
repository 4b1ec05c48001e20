import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureHubConfigStream, publishHqConfig } from '../../electron/services/hq/config';
import { hashPin } from '../../electron/services/pin';
import { getPolicy, writeSetting } from '../../electron/services/settings';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { applyConfigMessage, configSeq } from '../../electron/services/sync/hq-config';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterUser, startHub, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { startCounterSync, until } from '../helpers/sync-counters';

const engines: SyncEngine[] = [];
const conns: NatsConnection[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  for (const c of conns) await c.close().catch(() => {});
  await stopAllNatsServers();
});

const one = (desk: TestDesk, sql: string, ...params: unknown[]): unknown =>
  desk.ctx.sqlite
    .prepare(sql)
    .pluck()
    .get(...params);
const row = (desk: TestDesk, sql: string, ...params: unknown[]) =>
  JSON.stringify(desk.ctx.sqlite.prepare(sql).get(...params));
const headOfficeEntries = (desk: TestDesk) =>
  one(desk, "select count(*) from audit_log where note like 'head office:%'") as number;

describe('head office settings and staff at the counters of a site', () => {
  it('reach every counter from CFG_<site>, are applied once each with the position stored, and never conflict', async () => {
    const hub = await startHub();
    const server = await startSiteServer('XH', { hub, users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const hubConn = await connect({ servers: hub.url });
    conns.push(hubConn);
    await ensureHubConfigStream(await jetstreamManager(hubConn));
    const a = await freshDesk();
    const b = await freshDesk({ demo: false });
    engines.push(startCounterSync(a, server, 'XH', 1));
    const engineB = startCounterSync(b, server, 'XH', 2);
    // The policy exists at both before head office changes it: each counter's change is then based on version 1.
    writeSetting(a.ctx, a.clerkByRole('supervisor'), 'policy', { ...getPolicy(a.ctx), returnDays: 10 });
    await until('policy at B', () => getPolicy(b.ctx).returnDays === 10);

    const policy = { ...getPolicy(a.ctx), returnDays: 15 };
    const js = jetstream(hubConn);
    await publishHqConfig(js, ['XH'], { kind: 'setting', setting: { key: 'policy', value: policy } }, '总部 赵敏');
    const pinHash = hashPin('2020');
    await publishHqConfig(
      js,
      ['XH'],
      { kind: 'staff', employeeNo: 'K020', name: '刘洋', role: 'clerk', active: true, pinHash },
      '总部 赵敏',
    );

    const settled = (desk: TestDesk) =>
      configSeq(desk.ctx.sqlite) === 2 &&
      getPolicy(desk.ctx).returnDays === 15 &&
      one(desk, "select count(*) from clerks where employee_no = 'K020'") === 1;
    await until('config at A and B', () => settled(a) && settled(b), 20_000);
    // Each counter applies every message unless the other's entry reached it first ('unchanged' then): each message
    // is written once or twice, and the site converges with no conflict flagged.
    const inbox = (desk: TestDesk) => one(desk, 'select count(*) from sync_inbox') as number;
    const audited = (desk: TestDesk) => one(desk, 'select count(*) from audit_log') as number;
    const converged = () => inbox(a) === inbox(b) && inbox(a) === audited(a) + audited(b);
    await until('A and B converged', converged, 20_000);
    for (const desk of [a, b]) expect(one(desk, 'select count(*) from sync_conflicts')).toBe(0);
    const written = headOfficeEntries(a) + headOfficeEntries(b);
    expect(written).toBeGreaterThanOrEqual(2);
    expect(written).toBeLessThanOrEqual(4);
    expect(row(a, "select * from settings where key = 'policy'")).toBe(
      row(b, "select * from settings where key = 'policy'"),
    );
    expect(row(a, "select * from clerks where employee_no = 'K020'")).toBe(
      row(b, "select * from clerks where employee_no = 'K020'"),
    );

    // B restarts from its stored position; a third message is applied there too, and the site converges again.
    await engineB.stop();
    expect(configSeq(b.ctx.sqlite)).toBe(2);
    engines.push(startCounterSync(b, server, 'XH', 2));
    await publishHqConfig(
      js,
      ['XH'],
      { kind: 'staff', employeeNo: 'K020', name: '刘洋', role: 'lead', active: true },
      '总部 赵敏',
    );
    await until('third message at B', () => configSeq(b.ctx.sqlite) === 3, 20_000);
    await until('A and B converged again', converged, 20_000);
    for (const desk of [a, b]) {
      expect(one(desk, "select role from clerks where employee_no = 'K020'")).toBe('lead');
      expect(one(desk, 'select count(*) from sync_conflicts')).toBe(0);
    }
    expect(row(a, "select * from clerks where employee_no = 'K020'")).toBe(
      row(b, "select * from clerks where employee_no = 'K020'"),
    );
  });

  it('one head-office message applied at two counters cut off from each other is one change, not a conflict', async () => {
    const server = await startSiteServer('ZJ', { users: [counterUser('ZJ', 1), counterUser('ZJ', 2)] });
    const a = await freshDesk();
    const b = await freshDesk({ demo: false });
    engines.push(startCounterSync(a, server, 'ZJ', 1), startCounterSync(b, server, 'ZJ', 2));
    writeSetting(a.ctx, a.clerkByRole('supervisor'), 'policy', { ...getPolicy(a.ctx), returnDays: 10 });
    await until('policy at B', () => getPolicy(b.ctx).returnDays === 10);
    await server.kill9();
    const message = JSON.stringify({
      id: '0193a4f2-0000-7000-8000-000000000001',
      site: 'ZJ',
      issuedAt: a.clock.now(),
      issuedBy: '总部 赵敏',
      change: { kind: 'setting', setting: { key: 'policy', value: { ...getPolicy(a.ctx), returnDays: 30 } } },
    });
    b.clock.advance(5_000);
    expect(applyConfigMessage(a.ctx, 'ZJ', 1, message)).toBe('applied');
    expect(applyConfigMessage(b.ctx, 'ZJ', 1, message)).toBe('applied');
    await server.start();
    const inbox = (desk: TestDesk) => one(desk, 'select count(*) from sync_inbox') as number;
    const audited = (desk: TestDesk) => one(desk, 'select count(*) from audit_log') as number;
    await until('converged', () => inbox(a) === inbox(b) && inbox(a) === audited(a) + audited(b), 20_000);
    for (const desk of [a, b]) {
      expect(one(desk, 'select count(*) from sync_conflicts')).toBe(0);
      expect(headOfficeEntries(desk)).toBe(1);
      expect(getPolicy(desk.ctx).returnDays).toBe(30);
    }
    // The later write (its time differs) went back to the one the stream kept: the rows are the same at both.
    expect(row(a, "select * from settings where key = 'policy'")).toBe(
      row(b, "select * from settings where key = 'policy'"),
    );
  });

  it('a change both counters make themselves while cut off stays a conflict, even with the same value', async () => {
    const server = await startSiteServer('LY', { users: [counterUser('LY', 1), counterUser('LY', 2)] });
    const a = await freshDesk();
    const b = await freshDesk({ demo: false });
    engines.push(startCounterSync(a, server, 'LY', 1), startCounterSync(b, server, 'LY', 2));
    writeSetting(a.ctx, a.clerkByRole('supervisor'), 'policy', { ...getPolicy(a.ctx), returnDays: 10 });
    await until('policy at B', () => getPolicy(b.ctx).returnDays === 10);
    await server.kill9();
    const policy = { ...getPolicy(a.ctx), returnDays: 20 };
    writeSetting(a.ctx, a.clerkByRole('supervisor'), 'policy', policy);
    writeSetting(b.ctx, a.clerkByRole('supervisor'), 'policy', policy);
    await server.start();
    const flagged = (desk: TestDesk) => one(desk, "select count(*) from sync_conflicts where entity = 'settings'");
    await until('conflict at both', () => flagged(a) === 1 && flagged(b) === 1, 20_000);
  });
});
