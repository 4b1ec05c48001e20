import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, describe, expect, it } from 'vitest';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { isSealed, openPersonal, personalColumns, sealPersonal } from '../../electron/services/sync/personal';
import { siteStreamName } from '../../shared/contract/sync-event';
import { freshDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { GOOD_ID, register } from '../helpers/reception';
import { startCounterSync, until } from '../helpers/sync-counters';

const engines: SyncEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllNatsServers();
});

const PHONE = '13987654321';

describe('phones and ID digests in the events of the site stream', () => {
  it('travel sealed: the raw stream holds no phone or ID digest, the peer gets the full values', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const one = await freshDesk();
    const two = await freshDesk({ demo: false });
    engines.push(startCounterSync(one, server, 'XH', 1), startCounterSync(two, server, 'XH', 2));
    const visit = register(one, { phone: PHONE, idType: 'resident_id', idNumber: GOOD_ID });
    const stored = one.ctx.sqlite.prepare('select phone, id_hash as idHash from visits where id = ?').get(visit.id) as {
      phone: string;
      idHash: string;
    };
    expect(stored.idHash).toBeTruthy();

    const atTwo = () =>
      two.ctx.sqlite.prepare('select phone, id_hash as idHash from visits where id = ?').get(visit.id) as
        | { phone: string; idHash: string }
        | undefined;
    await until('the visit at counter 2', () => atTwo() !== undefined, 10_000);
    // The peer applied the full values, as counter 1 stored them.
    expect(atTwo()).toEqual(stored);

    // Every message of the site stream, as anyone reading the server's stream would see it.
    const reader = counterUser('XH', 2);
    const nc = await connect({ servers: server.url, user: reader.user, pass: reader.password });
    const bodies: string[] = [];
    try {
      const consumer = await jetstream(nc).consumers.get(siteStreamName('XH'));
      const total = (await consumer.info()).num_pending;
      while (bodies.length < total) {
        const m = await consumer.next({ expires: 2000 });
        if (!m) break;
        bodies.push(m.string());
      }
    } finally {
      await nc.close();
    }
    const visitEvents = bodies.map((b) => JSON.parse(b)).filter((e) => e.entity === 'visits');
    expect(visitEvents.length).toBeGreaterThan(0);
    for (const e of visitEvents) {
      expect(isSealed(e.data.phone)).toBe(true);
      expect(isSealed(e.data.idHash)).toBe(true);
    }
    const raw = bodies.join('\n');
    expect(raw).not.toContain(PHONE);
    expect(raw).not.toContain(stored.phone);
    expect(raw).not.toContain(stored.idHash);
    // The peer's inbox keeps the events as they came: sealed there too.
    const inbox = two.ctx.sqlite.prepare("select body from sync_inbox where entity = 'visits'").pluck().all();
    expect(inbox.join('\n')).not.toContain(PHONE);
  }, 60_000);

  it('a sealed value opens only with the site key, for its own record and column', () => {
    const key = Buffer.alloc(32, 7);
    expect(personalColumns('visits')).toEqual(expect.arrayContaining(['phone', 'idHash']));
    expect(personalColumns('calls')).toContain('phone');
    expect(personalColumns('site')).not.toContain('deskPhone');
    const data = { id: 'v1', phone: PHONE, visitorName: '张三', idHash: '' };
    const sealed = sealPersonal(key, 'visits', 'v1', data);
    expect(isSealed(sealed.phone)).toBe(true);
    expect(sealed.visitorName).toBe('张三');
    expect(sealed.idHash).toBe(''); // nothing to hide
    expect(openPersonal(key, 'visits', 'v1', sealed)).toEqual(data);
    expect(() => openPersonal(null, 'visits', 'v1', sealed)).toThrow();
    expect(() => openPersonal(Buffer.alloc(32, 8), 'visits', 'v1', sealed)).toThrow();
    // Moved onto another record, it does not open.
    expect(() => openPersonal(key, 'visits', 'v2', sealed)).toThrow();
    // A desk without the key publishes as before (a single PC never publishes at all).
    expect(sealPersonal(null, 'visits', 'v1', data)).toEqual(data);
  });
});
