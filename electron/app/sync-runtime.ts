import type { ServiceContext } from '../services/context';
import { SyncEngine } from '../services/sync/engine';
import { getSyncSettings } from '../services/sync/settings';
import type { AppRuntime } from './types';

/** The app version events carry: a node that does not know an event's entity keeps it and applies nothing. */
export const APP_VERSION = '0.1.0';

const engines = new WeakMap<AppRuntime, SyncEngine>();

/**
 * Starts the counter's sync when this desk is enrolled at a site; a single-PC desk (the default) starts nothing and
 * needs no server. Never awaited by a start or a save: the engine connects in the background.
 */
export function startSync(runtime: AppRuntime, ctx: ServiceContext): void {
  void stopSync(runtime);
  const settings = getSyncSettings(ctx.sqlite);
  if (!settings?.enabled) return;
  engines.set(runtime, new SyncEngine({ ctx, settings, entities: ctx.modules.sync, appVersion: APP_VERSION }).start());
}

export async function stopSync(runtime: AppRuntime): Promise<void> {
  const engine = engines.get(runtime);
  engines.delete(runtime);
  await engine?.stop();
}

export function syncEngine(runtime: AppRuntime): SyncEngine | null {
  return engines.get(runtime) ?? null;
}
