import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/app/runtime';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { persistentToken } from '../../electron/web/token';
import { migrationsFolder, tempDir } from '../helpers/db';

let server: WebServer | undefined;
let runtime: AppRuntime | undefined;
afterEach(async () => {
  await server?.close();
  if (runtime) closeRuntime(runtime);
  server = undefined;
  runtime = undefined;
});

async function start() {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>desk</title>');
  runtime = await startRuntime({ mode: 'browser', dataDir: tempDir(), migrationsFolder, demoData: true });
  server = await startWebServer({ dispatch: createDispatcher(runtime, () => undefined), staticDir });
  const base = new URL(server.url);
  return { port: Number(base.port), token: server.token, staticDir };
}

function request(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const TAB_A = 'tab-a-0123456789abcdef';
const TAB_B = 'tab-b-0123456789abcdef';

// Counts what these calls would write (a shop and its audit entry), not the whole log: jobs that run just after
// start (retention, the one-time data jobs) write their own entries meanwhile.
const shopWrites = () =>
  (runtime?.state.kind === 'ready' &&
    runtime.state.ctx.sqlite
      .prepare(`select (select count(*) from shops) + (select count(*) from audit_log where entity = 'shops')`)
      .pluck()
      .get()) as number;

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints a URL with a per-run token', async () => {
    await start();
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('refuses API calls without the token or with a wrong one, and nothing is written', async () => {
    const { port, token } = await start();
    const before = shopWrites();
    const body = JSON.stringify({ kind: 'shops', name: '喜茶' });
    const attempts: Record<string, string>[] = [
      {},
      { 'x-front-desk-token': 'guess' },
      { 'x-front-desk-token': `${token}x` },
    ];
    for (const headers of attempts) {
      const res = await request(port, { path: '/api/settings:addItem', method: 'POST', headers, body });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('untrusted_sender');
    }
    expect(shopWrites()).toBe(before);
  });

  it('refuses requests whose Host is not this server (DNS rebinding)', async () => {
    const { port, token } = await start();
    const res = await request(port, {
      path: '/api/session:loginClerks',
      method: 'POST',
      headers: { host: 'evil.example:80', 'x-front-desk-token': token },
      body: '{}',
    });
    expect(res.status).toBe(421);
  });

  it('answers a call with the token through the same dispatcher, with typed errors for bad input', async () => {
    const { port, token } = await start();
    const ok = await request(port, {
      path: '/api/session:loginClerks',
      method: 'POST',
      headers: { 'x-front-desk-token': token, 'x-front-desk-session': TAB_A },
      body: '{}',
    });
    expect(JSON.parse(ok.body).data.map((c: { employeeNo: string }) => c.employeeNo)).toEqual([
      'K001',
      'K002',
      'K003',
      'K004',
    ]);
    const bad = await request(port, {
      path: '/api/session:login',
      method: 'POST',
      headers: { 'x-front-desk-token': token, 'x-front-desk-session': TAB_A },
      body: JSON.stringify({ clerkId: 'nobody', pin: '12' }),
    });
    const error = JSON.parse(bad.body).error;
    expect(error.code).toBe('invalid_input');
    expect(error.fieldErrors).toMatchObject({ clerkId: 'errors.invalidId', pin: 'errors.pinFormat' });
    const junk = await request(port, {
      path: '/api/session:login',
      method: 'POST',
      headers: { 'x-front-desk-token': token, 'x-front-desk-session': TAB_A },
      body: '{not json',
    });
    expect(junk.status).toBe(400);
  });

  it('serves the renderer with the CSP header and nothing outside its folder', async () => {
    const { port } = await start();
    const page = await request(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const outside = await request(port, { path: '/..%2f..%2fetc%2fpasswd' });
    expect(outside.status).toBe(404);
    const get = await request(port, { path: '/api/session:current' });
    expect(get.status).toBe(405);
  });
});

describe('browser mode: the renderer files', () => {
  const raw = (port: number, filePath: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: filePath, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    });

  it('sends them compressed as the browser accepts, with an ETag that a reload revalidates to a 304', async () => {
    const { port, staticDir } = await start();
    fs.mkdirSync(path.join(staticDir, 'assets'));
    const script = `export const words = ${JSON.stringify('前台 Front Desk '.repeat(4000))};\n`;
    fs.writeFileSync(path.join(staticDir, 'assets', 'index-abc123.js'), script);

    const brotli = await raw(port, '/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(brotli.body).toString('utf8')).toBe(script);

    const gzip = await raw(port, '/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(script);
    const plain = await raw(port, '/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
    expect(plain.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    const etag = String(brotli.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(gzip.headers.etag).toBe(etag);
    const again = await raw(port, '/assets/index-abc123.js', { 'if-none-match': etag, 'accept-encoding': 'br' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    // The page itself is always revalidated; a rebuilt file has a new ETag, so the old one no longer matches.
    const page = await raw(port, '/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const pageTag = String(page.headers.etag);
    expect((await raw(port, '/', { 'if-none-match': pageTag })).status).toBe(304);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>desk, rebuilt</title>');
    const rebuilt = await raw(port, '/', { 'if-none-match': pageTag });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body.toString('utf8')).toContain('rebuilt');
    expect(rebuilt.headers.etag).not.toBe(pageTag);
  });
});

describe('browser mode: one clerk per tab', () => {
  const call = async (port: number, token: string, tab: string | null, channel: string, input: object = {}) => {
    const headers: Record<string, string> = { 'x-front-desk-token': token };
    if (tab) headers['x-front-desk-session'] = tab;
    const res = await request(port, { path: `/api/${channel}`, method: 'POST', headers, body: JSON.stringify(input) });
    return { status: res.status, ...JSON.parse(res.body) };
  };
  const idOf = async (port: number, token: string, no: string) =>
    (await call(port, token, TAB_A, 'session:loginClerks')).data.find(
      (c: { employeeNo: string }) => c.employeeNo === no,
    ).id as string;

  it('gives each tab its own session: a login in one tab neither logs in nor changes the clerk of another', async () => {
    const { port, token } = await start();
    const wang = await idOf(port, token, 'K001');
    const li = await idOf(port, token, 'K002');
    expect((await call(port, token, TAB_A, 'session:login', { clerkId: wang, pin: '1111' })).ok).toBe(true);
    // A second tab opened now sees the login screen, not 王芳's desk.
    expect((await call(port, token, TAB_B, 'session:current')).data).toBeNull();
    expect((await call(port, token, TAB_B, 'calls:list', {})).error.code).toBe('unauthenticated');
    expect((await call(port, token, TAB_B, 'session:login', { clerkId: li, pin: '2222' })).ok).toBe(true);
    const a = (await call(port, token, TAB_A, 'session:current')).data;
    const b = (await call(port, token, TAB_B, 'session:current')).data;
    expect(a.clerk.employeeNo).toBe('K001');
    expect(b.clerk.employeeNo).toBe('K002');
    // The shift stays the counter's: both tabs work on the one open shift.
    expect(b.shift.id).toBe(a.shift.id);
    // A save in 王芳's tab is credited to 王芳, whoever logged in last.
    const saved = await call(port, token, TAB_A, 'calls:log', {
      direction: 'incoming',
      phone: '13912345678',
      category: 'enquiry',
      summary: '问停车收费',
    });
    expect(saved.ok).toBe(true);
    const sqlite = runtime?.state.kind === 'ready' ? runtime.state.ctx.sqlite : null;
    const credited = sqlite
      ?.prepare("select clerk_id from audit_log where entity = 'calls' order by seq desc limit 1")
      .pluck()
      .get();
    expect(credited).toBe(wang);
    // Locking one tab leaves the other working; taking over in one tab changes only that tab.
    await call(port, token, TAB_B, 'session:lock');
    expect((await call(port, token, TAB_B, 'calls:list', {})).error.messageKey).toBe('errors.screenLocked');
    expect((await call(port, token, TAB_A, 'calls:list', {})).ok).toBe(true);
    const manager = await idOf(port, token, 'K004');
    await call(port, token, TAB_B, 'session:unlock', { clerkId: manager, pin: '4444' });
    expect((await call(port, token, TAB_B, 'session:current')).data.clerk.employeeNo).toBe('K004');
    expect((await call(port, token, TAB_A, 'session:current')).data.clerk.employeeNo).toBe('K001');
    await call(port, token, TAB_A, 'session:logout');
    expect((await call(port, token, TAB_A, 'session:current')).data).toBeNull();
    expect((await call(port, token, TAB_B, 'session:current')).data.clerk.employeeNo).toBe('K004');
  });

  it('refuses a call that names no tab session, and a malformed one', async () => {
    const { port, token } = await start();
    expect((await call(port, token, null, 'session:loginClerks')).status).toBe(400);
    expect((await call(port, token, 'short', 'session:loginClerks')).status).toBe(400);
  });

  it('keeps the token across a restart, readable by this user only, so an open tab goes on working', async () => {
    const dataDir = tempDir();
    const first = persistentToken(dataDir);
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(persistentToken(dataDir)).toBe(first);
    expect(fs.statSync(path.join(dataDir, 'web-token')).mode & 0o077).toBe(0);
    // A damaged file makes a new token rather than one anybody could guess.
    fs.writeFileSync(path.join(dataDir, 'web-token'), 'x');
    expect(persistentToken(dataDir)).not.toBe('x');
  });
});
