import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { SyncEngine } from '../../electron/services/sync/engine';
import type { StreamMessage } from '../../electron/services/sync/inbox';
import { saveSyncSettings } from '../../electron/services/sync/settings';
import { siteStreamName } from '../../shared/contract/sync-event';
import type { RunningApp } from '../e2e/harness';
import { freshDesk, type TestDesk } from './db';
import { counterUser, type NatsServer, startSiteServer, stopAllNatsServers } from './nats-servers';

/**
 * Several counters of one site in tests: desks enrolled on a real nats-server on loopback (service tests), and
 * browser-mode desks joined through the screens (e2e).
 */

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

const auditCountSql = 'select count(*) from audit_log';

/** How many entries the desk's own chain holds. */
export const auditCount = (desk: TestDesk) => desk.ctx.sqlite.prepare(auditCountSql).pluck().get() as number;

/** How far the desk has verified `counter`'s published chain, and its alarm if any. */
export const chainOf = (desk: TestDesk, counter: number) =>
  desk.ctx.sqlite.prepare('select last_seq as lastSeq, alarm from sync_chains where counter = ?').get(counter) as
    | { lastSeq: number; alarm: string | null }
    | undefined;

export interface TwoCounters {
  readonly server: NatsServer;
  /** Counter 1: a demo desk. */
  readonly one: TestDesk;
  /** Counter 2: a new PC, no demo data. */
  readonly two: TestDesk;
}

/**
 * Two counters of one site, each test with its own site server on loopback and two fresh desks syncing through it
 * (counter 1 a demo desk, counter 2 a new PC); the engines stop after each test, the servers after the file.
 */
export function twoCounters(site = 'XH'): TwoCounters {
  const engines: SyncEngine[] = [];
  let current: { server: NatsServer; one: TestDesk; two: TestDesk } | null = null;
  beforeEach(async () => {
    const server = await startSiteServer(site, { users: [counterUser(site, 1), counterUser(site, 2)] });
    const one = await freshDesk();
    const two = await freshDesk({ demo: false });
    engines.push(startCounterSync(one, server, site, 1), startCounterSync(two, server, site, 2));
    current = { server, one, two };
  }, 60_000);
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((e) => e.stop()));
  });
  afterAll(async () => {
    await stopAllNatsServers();
  });
  const get = () => {
    if (!current) throw new Error('the two counters start in beforeEach');
    return current;
  };
  return {
    get server() {
      return get().server;
    },
    get one() {
      return get().one;
    },
    get two() {
      return get().two;
    },
  };
}

// Browser-mode desks (tests/e2e): the same site, set up through the screens.

export interface TwoApps {
  readonly server: NatsServer;
  readonly a: RunningApp;
  readonly b: RunningApp;
}

/**
 * A site server and two browser-mode desks for the whole file (counter 1 a demo desk; the second a new PC without
 * demo data unless `demoB`), all stopped after it whatever the outcome.
 */
export function twoApps(options: { demoB?: boolean; site?: string } = {}): TwoApps {
  const site = options.site ?? 'XH';
  let current: { server: NatsServer; a: RunningApp; b: RunningApp } | null = null;
  let started: RunningApp[] = [];
  beforeAll(async () => {
    // Loaded here, so the service tests that use this file do not load the browser harness.
    const { startApp } = await import('../e2e/harness');
    const server = await startSiteServer(site, { users: [counterUser(site, 1), counterUser(site, 2)] });
    const a = await startApp();
    started = [a];
    const b = await startApp({ demo: options.demoB ?? false });
    started = [a, b];
    current = { server, a, b };
  });
  afterAll(async () => {
    for (const app of started) await app.stop();
    started = [];
    await stopAllNatsServers();
  });
  const get = () => {
    if (!current) throw new Error('the two desks start in beforeAll');
    return current;
  };
  return {
    get server() {
      return get().server;
    },
    get a() {
      return get().a;
    },
    get b() {
      return get().b;
    },
  };
}

/** The supervisor (K003) of a desk with data joins it to the site from Settings → 多台联网, as counter `k`. */
export async function enrolFromSettings(page: Page, server: NatsServer, k: number, site = 'XH'): Promise<void> {
  const { loginWithKeyboard } = await import('../e2e/harness');
  const user = counterUser(site, k);
  await loginWithKeyboard(page, 'K003', '3333');
  await page.getByLabel('clerk').waitFor();
  await page.keyboard.press('Control+Comma');
  await page.getByRole('tab', { name: '多台联网' }).click();
  await page.getByLabel('门店服务器地址').fill(server.url);
  await page.getByLabel('账号').fill(user.user);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  await page.getByLabel('服务台编号（1–99）').fill(String(k));
  await page.getByRole('button', { name: '加入' }).click();
  await page.getByText(`第 ${k} 号服务台，服务器`).waitFor();
}

/** A new PC's first start: opens 加入已有服务台 and fills in the site, counter `k` and its account; not sent yet. */
export async function fillJoinForm(page: Page, server: NatsServer, k: number, siteAsTyped = 'XH'): Promise<Locator> {
  await page.getByRole('button', { name: '加入已有服务台' }).click();
  const form = page.getByRole('form', { name: '新电脑：加入已有服务台' });
  await form.waitFor();
  const user = counterUser(siteAsTyped.toUpperCase(), k);
  await form.getByLabel('门店服务器地址').fill(server.url);
  await form.getByLabel('场所代码').fill(siteAsTyped);
  await form.getByLabel('服务台编号（1–99）').fill(String(k));
  await form.getByLabel('账号').fill(user.user);
  await form.getByLabel('密码', { exact: true }).fill(user.password);
  return form;
}

/** Sends the join form; waits until the PC has joined the site as counter `k` and says it is receiving no more. */
export async function sendJoinForm(page: Page, form: Locator, k: number, site = 'XH'): Promise<void> {
  await form.getByRole('button', { name: '加入并接收数据' }).click();
  await form.waitFor({ state: 'detached' });
  await page
    .getByRole('status')
    .filter({ hasText: `已加入 ${site} 第 ${k} 号服务台` })
    .waitFor({ state: 'detached' });
}
