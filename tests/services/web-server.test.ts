import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/app/runtime';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { startWebServer, type WebServer } from '../../electron/web/server';
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

const auditCount = () =>
  (runtime?.state.kind === 'ready' &&
    runtime.state.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get()) as number;

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints a URL with a per-run token', async () => {
    await start();
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('refuses API calls without the token or with a wrong one, and nothing is written', async () => {
    const { port, token } = await start();
    const before = auditCount();
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
    expect(auditCount()).toBe(before);
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
      headers: { 'x-front-desk-token': token },
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
      headers: { 'x-front-desk-token': token },
      body: JSON.stringify({ clerkId: 'nobody', pin: '12' }),
    });
    const error = JSON.parse(bad.body).error;
    expect(error.code).toBe('invalid_input');
    expect(error.fieldErrors).toMatchObject({ clerkId: 'errors.invalidId', pin: 'errors.pinFormat' });
    const junk = await request(port, {
      path: '/api/session:login',
      method: 'POST',
      headers: { 'x-front-desk-token': token },
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
