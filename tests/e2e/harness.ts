import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { labelLeaks } from '../helpers/label-leaks';

const root = path.resolve(__dirname, '../..');
export const screenshotDir = path.join(__dirname, '__screenshots__');

/** A browser from FRONT_DESK_BROWSER, else Debian's chromium on PATH, else one Playwright installed. */
export function findBrowser(): string {
  const fromEnv = process.env.FRONT_DESK_BROWSER;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next
    }
  }
  const playwrights = chromium.executablePath();
  if (playwrights && fs.existsSync(playwrights)) return playwrights;
  throw new Error(
    'No Chromium found: run `apt-get install -y chromium` or set FRONT_DESK_BROWSER to a Chromium binary.',
  );
}

export interface RunningApp {
  url: string;
  dataDir: string;
  browser: Browser;
  page: Page;
  /** The app's clock now (server and page agree on it), epoch ms. */
  now(): number;
  /** Moves the server's and the page's clock forward together. */
  advanceClock(ms: number): Promise<void>;
  /**
   * Waits until the app has asked for its `count`-th print since the page loaded. The printer is what leaves the
   * process, so `window.print` only counts: a real print dialog raced `page.pdf` ("Page is already being printed").
   */
  waitForPrints(count: number): Promise<void>;
  /** How many prints the app has asked for since the page loaded. */
  printCount(): Promise<number>;
  /** Stops the server and starts it again on the same port and data folder, the clock going on; pages stay open. */
  restartServer(): Promise<void>;
  /** Calls a channel as the page would (with its token), for what a test needs set up before the clerk acts. */
  call(channel: string, input: object): Promise<{ ok: boolean; data?: unknown }>;
  stop(): Promise<void>;
}

/**
 * Where the app's clock starts unless a test says otherwise: a Tuesday morning in opening hours, so no test depends
 * on the hour the suite happens to run at (a deposit's default pickup, today's closing time, a month's last day).
 */
export const DEFAULT_START = '2026-12-01T10:00:00+08:00';

/**
 * Starts browser mode on a fresh data folder (demo data, a test clock starting at `at`) and opens it at 1366x768 in
 * zh-CN. The page's clock is set to the same time, so what the renderer computes agrees with the server.
 */
export async function startApp(
  options: {
    dataDir?: string;
    at?: string | number;
    demo?: boolean;
    /** Chromium's fake camera (a test pattern), for the spec that takes a photo; other specs have no camera. */
    fakeCamera?: boolean;
  } = {},
): Promise<RunningApp> {
  if (!fs.existsSync(path.join(root, 'out/renderer/index.html'))) throw new Error('Run `npm run build` first.');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-e2e-'));
  // Node with tsx as a loader, so the pid we kill is the server itself.
  const startAt = typeof options.at === 'number' ? options.at : Date.parse(options.at ?? DEFAULT_START);
  const startedAt = Date.now();
  let moved = 0;
  const now = () => startAt + (Date.now() - startedAt) + moved;
  let serverOutput = '';
  const keepOutput = (chunk: Buffer) => {
    serverOutput = (serverOutput + chunk.toString()).slice(-20_000);
  };
  const spawnServer = (port: string, at: number) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/launcher/web.ts'], {
      cwd: root,
      env: {
        ...process.env,
        FRONT_DESK_DATA: dataDir,
        FRONT_DESK_PORT: port,
        FRONT_DESK_TEST_CLOCK: '1',
        // The demo desk, or a new PC with no data (its first start offers demo / join / new empty desk).
        FRONT_DESK_DEMO: options.demo === false ? '0' : '1',
        FRONT_DESK_CLOCK_START: String(at),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', keepOutput);
    child.stderr?.on('data', keepOutput);
    return child;
  };
  let server = spawnServer('0', startAt);
  const url = await waitForUrl(server);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.fakeCamera ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] : []),
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    ...(options.fakeCamera ? { permissions: ['camera'] } : {}),
  });
  // Date and timers in the page start at the app's time and run on from there.
  await context.clock.install({ time: now() });
  await context.addInitScript('window.__printRequests = 0; window.print = () => { window.__printRequests += 1; };');
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(url);
  const app: RunningApp = {
    url,
    dataDir,
    browser,
    page,
    now,
    async advanceClock(ms: number) {
      const status = await page.evaluate(`fetch('/__test/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-front-desk-token': sessionStorage.getItem('frontDesk.token') },
        body: JSON.stringify({ ms: ${ms} }),
      }).then((r) => r.status)`);
      if (status !== 200) throw new Error(`the test clock did not move: ${status}`);
      moved += ms;
      await page.clock.fastForward(ms);
    },
    async waitForPrints(count: number) {
      // A function, not a string: the app's CSP forbids eval.
      await page.waitForFunction((n) => (globalThis as unknown as PrintCounter).__printRequests >= n, count, {
        timeout: 30_000,
      });
      // Every printout the suite makes is checked for codes, field names and ids as paper shows it.
      await expectPrintLabelsOnly(page, `print ${count}`);
    },
    async printCount() {
      return Number(await page.evaluate('window.__printRequests'));
    },
    async call(channel, input) {
      return page.evaluate(
        async ([name, body]) => {
          const token = sessionStorage.getItem('frontDesk.token') ?? '';
          const session = sessionStorage.getItem('frontDesk.session') ?? '';
          const response = await fetch(`/api/${encodeURIComponent(name)}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-front-desk-token': token,
              'x-front-desk-session': session,
            },
            body: JSON.stringify(body),
          });
          return (await response.json()) as { ok: boolean; data?: unknown };
        },
        [channel, input] as const,
      );
    },
    async restartServer() {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      server = spawnServer(new URL(url).port, now());
      const again = await waitForUrl(server);
      if (again !== url) throw new Error(`the restarted server has another address: ${again}`);
    },
    async stop() {
      running.delete(diagnostics);
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
  const diagnostics = { app, serverOutput: () => serverOutput, pageErrors };
  running.add(diagnostics);
  return app;
}

interface PrintCounter {
  __printRequests: number;
}

const running = new Set<{ app: RunningApp; serverOutput(): string; pageErrors: string[] }>();

/**
 * After a failed test (tests/e2e/setup.ts): what the clerk would have seen, so a red CI run can be read without
 * rerunning it. Saves a screenshot under __failures__ and prints the page's text, its errors and the server's output.
 */
export async function reportFailure(testName: string): Promise<void> {
  const dir = path.join(__dirname, '__failures__');
  fs.mkdirSync(dir, { recursive: true });
  for (const { app, serverOutput, pageErrors } of running) {
    const file = path.join(dir, `${testName.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80)}.png`);
    const shot = await app.page.screenshot({ path: file, timeout: 10_000 }).then(
      () => file,
      (error: unknown) => `no screenshot: ${String(error)}`,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the clerk saw
    const text = await app.page.innerText('body', { timeout: 10_000 }).catch((error: unknown) => String(error));
    console.error(
      [
        `--- failed: ${testName}`,
        `url: ${app.page.url()}`,
        `screenshot: ${shot}`,
        `page text:\n${text.slice(0, 3000)}`,
        `page errors:\n${pageErrors.join('\n') || '(none)'}`,
        `server output (last part):\n${serverOutput().slice(-4000)}`,
      ].join('\n'),
    );
  }
}

function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Saves what the clerk sees, after checking it for what a clerk must never read (a code, a field name, an id): every
 * screen the suite photographs is walked by the label check, in the page's language.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await expectLabelsOnly(page, name);
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** Fails on any value-list code, camelCase field name or UUID in the page's visible text. */
export async function expectLabelsOnly(page: Page, where: string): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the clerk reads
  const text = await page.innerText('body');
  const language = (await page.getAttribute('html', 'lang')) === 'en' ? 'en' : 'zh-CN';
  const leaks = labelLeaks(text, language);
  if (leaks.length) throw new Error(`${where}: the clerk would read ${leaks.join('; ')}`);
}

/**
 * The print layout as paper shows it (print media: the screen is hidden, the layout shown), checked like a screen.
 * Called after each print the suite asks for.
 */
export async function expectPrintLabelsOnly(page: Page, where: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  try {
    // biome-ignore lint/performance/useDomNodeTextContent: the text as printed is what the customer reads
    const text = await page.innerText('body');
    // In the page's language: an English printout's words ("deposit", "return") are words, not codes.
    const language = (await page.getAttribute('html', 'lang')) === 'en' ? 'en' : 'zh-CN';
    const leaks = labelLeaks(text, language);
    if (leaks.length) throw new Error(`${where} (printout): ${leaks.join('; ')}`);
    return text;
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** Logs in as a demo clerk with the keyboard only: type to pick the clerk, Tab, PIN, Enter. */
export async function loginWithKeyboard(page: Page, employeeNo: string, pin: string): Promise<void> {
  const clerk = page.getByRole('combobox', { name: '工号 / 姓名' });
  await clerk.waitFor();
  await clerk.focus();
  await page.keyboard.type(employeeNo);
  // As a clerk would: Enter once the matching name shows in the list (the list loads after a logout).
  await page.getByRole('option', { name: new RegExp(`^${employeeNo} `) }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByLabel('PIN 码').focus();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

/**
 * Presses a record's action key (Alt+I, …) once no dialog is open. A dialog that has just been saved is still on
 * screen while it fades out, with the focus in its field, and action keys are not taken from a field: on a loaded
 * machine a key pressed at that moment was lost.
 */
export async function pressActionKey(page: Page, key: string): Promise<void> {
  await page.getByRole('dialog').first().waitFor({ state: 'hidden' });
  await page.keyboard.press(key);
}

/**
 * Closes every notice on screen and waits until they are gone. A notice fades out before it leaves the page, and
 * under load a click could time out: the next save's notice with the same words then found two on screen.
 */
export async function closeNotifications(page: Page): Promise<void> {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let attempt = 0; attempt < 20 && (await close.count()) > 0; attempt++)
    await close
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined); // it may close by itself meanwhile
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });
}
