import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, describe, expect, it } from 'vitest';
import { counterSubject, HUB_STREAM, siteStreamName } from '../../shared/contract/sync-event';
import { counterUser, startHub, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';

afterAll(stopAllNatsServers);

describe('nats harness', () => {
  it('starts a hub and a site server; a message published at the site is read there and reaches the hub', async () => {
    const hub = await startHub();
    const admin = { user: 'admin', password: 'admin-pw' };
    const site = await startSiteServer('XH', { hub, users: [admin, counterUser('XH', 1), counterUser('XH', 2)] });

    const siteAdmin = await connect({ servers: site.url, ...admin, pass: admin.password });
    const jsm = await jetstreamManager(siteAdmin);
    await jsm.streams.add({ name: siteStreamName('XH'), subjects: ['evt.XH.>'] });

    const hubConn = await connect({ servers: hub.url });
    const hubJsm = await jetstreamManager(hubConn);
    await hubJsm.streams.add({
      name: HUB_STREAM,
      sources: [{ name: siteStreamName('XH'), external: { api: '$JS.XH.API', deliver: '' } }],
    });

    const one = counterUser('XH', 1);
    const counter1 = await connect({ servers: site.url, user: one.user, pass: one.password });
    const ack = await jetstream(counter1).publish(counterSubject('XH', 1), 'hello', { msgID: 'event-1' });
    expect(ack.seq).toBe(1);
    const again = await jetstream(counter1).publish(counterSubject('XH', 1), 'hello', { msgID: 'event-1' });
    expect(again.duplicate).toBe(true);

    const last = await jsm.streams.getMessage(siteStreamName('XH'), { last_by_subj: counterSubject('XH', 1) });
    expect(last?.string()).toBe('hello');

    // A second writer on counter 1's subject is refused by the server itself.
    const two = counterUser('XH', 2);
    const counter2 = await connect({ servers: site.url, user: two.user, pass: two.password });
    await expect(
      jetstream(counter2).publish(counterSubject('XH', 1), 'forged', { msgID: 'forged-1', timeout: 1500 }),
    ).rejects.toThrow();

    let atHub = 0;
    for (let i = 0; i < 100 && atHub < 1; i++) {
      atHub = (await hubJsm.streams.info(HUB_STREAM)).state.messages;
      if (atHub < 1) await new Promise((r) => setTimeout(r, 100));
    }
    expect(atHub).toBe(1);

    await Promise.all([siteAdmin.close(), hubConn.close(), counter1.close(), counter2.close()]);
    await site.kill9();
    expect(site.running).toBe(false);
  });
});
