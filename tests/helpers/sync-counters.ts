import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { SyncEngine } from '../../electron/services/sync/engine';
import type { StreamMessage } from '../../electron/services/sync/inbox';
import { saveSyncSettings } from '../../electron/services/sync/settings';
import { siteStreamName } from '../../shared/contract/sync-event';
import type { TestDesk } from './db';
import { counterUser, type NatsServer } from './nats-servers';

/** Enrols a test desk as counter `k` of `site` at `server` and starts its sync in the background. */
export function startCounterSync(
  desk: TestDesk,
  server: NatsServer,
  site: string,
  k: number,
  appVersion = '0.1.0',
): SyncEngine {
  const user = counterUser(site, k);
  const settings = {
    enabled: true,
    serverUrl: server.url,
    user: user.user,
    password: user.password,
    site,
    counterIndex: k,
    enrolledAt: desk.clock.now(),
  };
  saveSyncSettings(desk.ctx.sqlite, settings);
  return new SyncEngine({
    ctx: desk.ctx,
    settings: { ...settings, appliedSeq: 0 },
    entities: desk.ctx.modules.sync,
    appVersion,
  }).start();
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function until(what: string, check: () => boolean, ms = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every message of the site stream, as anyone reading the server's stream gets them. */
export async function rawStream(server: NatsServer, site: string): Promise<StreamMessage[]> {
  const reader = counterUser(site, 2);
  const nc = await connect({ servers: server.url, user: reader.user, pass: reader.password });
  const out: StreamMessage[] = [];
  try {
    const consumer = await jetstream(nc).consumers.get(siteStreamName(site));
    const total = (await consumer.info()).num_pending;
    while (out.length < total) {
      const m = await consumer.next({ expires: 2000 });
      if (!m) break;
      out.push({ seq: m.seq, body: m.string() });
    }
  } finally {
    await nc.close();
  }
  return out;
}
