import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyHqConfig,
  ensureHubConfigStream,
  ensureSiteConfigStream,
  publishHqConfig,
  siteConfigStreamName,
} from '../../electron/services/hq/config';
import { hashPin } from '../../electron/services/pin';
import { getPolicy } from '../../electron/services/settings';
import { freshDesk } from '../helpers/db';
import { startHub, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';

const conns: NatsConnection[] = [];
afterAll(async () => {
  for (const c of conns) await c.close().catch(() => {});
  await stopAllNatsServers();
});

async function readAll(conn: NatsConnection, stream: string, count: number): Promise<string[]> {
  const jsm = await jetstreamManager(conn);
  for (let i = 0; i < 200; i++) {
    if ((await jsm.streams.info(stream)).state.messages >= count) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const consumer = await jetstream(conn).consumers.get(stream);
  const out: string[] = [];
  const messages = await consumer.fetch({ max_messages: count, expires: 2000 });
  for await (const m of messages) out.push(m.string());
  return out;
}

describe('settings and staff from head office', () => {
  it('flow down the hub to each site and are applied at the counter once and audited; read again they write nothing', async () => {
    const hub = await startHub();
    const xh = await startSiteServer('XH', { hub });
    const ly = await startSiteServer('LY', { hub });
    const hubConn = await connect({ servers: hub.url });
    const xhConn = await connect({ servers: xh.url });
    const lyConn = await connect({ servers: ly.url });
    conns.push(hubConn, xhConn, lyConn);
    await ensureHubConfigStream(await jetstreamManager(hubConn));
    await ensureSiteConfigStream(await jetstreamManager(xhConn), 'XH');
    await ensureSiteConfigStream(await jetstreamManager(lyConn), 'LY');

    const desk = await freshDesk();
    const policy = { ...getPolicy(desk.ctx), returnDays: 15 };
    const js = jetstream(hubConn);
    await publishHqConfig(
      js,
      ['XH', 'LY'],
      { kind: 'setting', setting: { key: 'policy', value: policy } },
      '总部 赵敏',
    );
    await publishHqConfig(
      js,
      ['XH'],
      { kind: 'staff', employeeNo: 'K001', name: '王芳', role: 'lead', active: true },
      '总部 赵敏',
    );
    await publishHqConfig(
      js,
      ['XH'],
      { kind: 'staff', employeeNo: 'K020', name: '刘洋', role: 'clerk', active: true, pinHash: hashPin('2020') },
      '总部 赵敏',
    );
    await publishHqConfig(
      js,
      ['XH'],
      { kind: 'staff', employeeNo: 'K021', name: '无密码', role: 'clerk', active: true },
      '总部 赵敏',
    );

    const atXh = await readAll(xhConn, siteConfigStreamName('XH'), 4);
    expect(atXh).toHaveLength(4);
    expect(await readAll(lyConn, siteConfigStreamName('LY'), 1)).toHaveLength(1);

    const outcomes = atXh.map((m) => applyHqConfig(desk.ctx, 'XH', m));
    expect(outcomes).toEqual(['applied', 'applied', 'applied', 'refused']);
    expect(getPolicy(desk.ctx).returnDays).toBe(15);
    const staff = desk.ctx.sqlite
      .prepare('select employee_no as no, name, role from clerks where employee_no in (?, ?, ?) order by 1')
      .all('K001', 'K020', 'K021');
    expect(staff).toEqual([
      { no: 'K001', name: '王芳', role: 'lead' },
      { no: 'K020', name: '刘洋', role: 'clerk' },
    ]);
    const notes = desk.ctx.sqlite
      .prepare("select entity, note from audit_log where note like 'head office:%' order by seq")
      .all();
    expect(notes).toEqual([
      { entity: 'settings', note: 'head office: 总部 赵敏' },
      { entity: 'clerks', note: 'head office: 总部 赵敏' },
      { entity: 'clerks', note: 'head office: 总部 赵敏' },
    ]);

    // Read again (a restart of the reader): nothing more is written.
    expect(atXh.map((m) => applyHqConfig(desk.ctx, 'XH', m))).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'refused',
    ]);
    // Another site's message, junk and a setting head office does not manage are refused.
    const forLy = (await readAll(lyConn, siteConfigStreamName('LY'), 1))[0];
    expect(applyHqConfig(desk.ctx, 'XH', forLy)).toBe('refused');
    expect(applyHqConfig(desk.ctx, 'XH', 'not json')).toBe('refused');
    const foreign = {
      ...JSON.parse(atXh[0] as string),
      change: { kind: 'setting', setting: { key: 'site', value: {} } },
    };
    expect(applyHqConfig(desk.ctx, 'XH', foreign)).toBe('refused');
    const after = desk.ctx.sqlite
      .prepare("select count(*) from audit_log where note like 'head office:%'")
      .pluck()
      .get();
    expect(after).toBe(3);
  }, 60_000);
});
