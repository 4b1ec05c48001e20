import { SyncEngine } from '../../electron/services/sync/engine';
import { saveSyncSettings } from '../../electron/services/sync/settings';
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
