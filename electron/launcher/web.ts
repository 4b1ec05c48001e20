import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../app/dispatch';
import { closeRuntime, startRuntime } from '../app/runtime';
import { startWebServer } from '../web/server';
import { persistentToken } from '../web/token';

/**
 * `npm run web`: the app in a browser. Environment: FRONT_DESK_DATA (data folder, default .frontdesk-data),
 * FRONT_DESK_PORT (default 5780, 0 for any), FRONT_DESK_TEST_CLOCK=1 (end-to-end tests may move the clock), and with
 * it FRONT_DESK_CLOCK_START (an ISO time or epoch ms: the clock starts there and runs on, so a test does not depend on
 * the hour it happens to run at).
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const staticDir = path.join(root, 'out/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error('The renderer is not built yet: run `npm run build` first.');
    process.exit(1);
  }
  const testClock = process.env.FRONT_DESK_TEST_CLOCK === '1';
  let offset = testClock ? clockStartOffset(process.env.FRONT_DESK_CLOCK_START) : 0;
  const dataDir = path.resolve(process.env.FRONT_DESK_DATA ?? path.join(root, '.frontdesk-data'));
  const runtime = await startRuntime({
    mode: 'browser',
    dataDir,
    migrationsFolder: path.join(root, 'db/migrations'),
    // FRONT_DESK_DEMO=1: the demo desk at once (tests, trials); otherwise a PC with no data asks on its first start.
    demoData: process.env.FRONT_DESK_DEMO === '1',
    clock: { now: () => Date.now() + offset },
  });
  const server = await startWebServer({
    dispatch: createDispatcher(runtime),
    staticDir,
    port: Number(process.env.FRONT_DESK_PORT ?? 5780),
    token: persistentToken(dataDir),
    advanceClock: testClock
      ? (ms) => {
          offset += ms;
        }
      : undefined,
  });
  console.log(`Front Desk (browser mode) on 127.0.0.1 only: ${server.url}`);
  const stop = async () => {
    await server.close();
    closeRuntime(runtime);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** How far the test clock is set from the real one; refuses a start time it cannot read rather than run on today. */
function clockStartOffset(start: string | undefined): number {
  if (!start) return 0;
  const at = /^\d+$/.test(start) ? Number(start) : Date.parse(start);
  if (!Number.isFinite(at)) throw new Error(`FRONT_DESK_CLOCK_START is not a time: ${start}`);
  return at - Date.now();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
