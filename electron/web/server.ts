import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../app/dispatch';
import { staticFiles } from './static';

export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  token?: string;
  /** Test hook: lets end-to-end tests move the clock (only when given). */
  advanceClock?: (ms: number) => void;
}

export interface WebServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const SESSION_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Browser mode: the built renderer and the same dispatcher as Electron's IPC, on 127.0.0.1 only.
 * Calls need the token (given in the URL printed at start, kept by the page in sessionStorage; the launcher keeps
 * it in the data folder, readable by this user only, so a tab open across a restart still works), a Host header
 * naming this server, so other local processes and rebinding web pages cannot call it, and the tab's session key.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  let origin = '';
  const serveStatic = staticFiles(options.staticDir);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (
      host !== origin.replace('http://', '') &&
      host !== origin.replace('http://127.0.0.1', 'localhost').replace('http://', '')
    ) {
      res.writeHead(421).end();
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__test/')) {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      if (!tokenMatches(String(req.headers['x-front-desk-token'] ?? ''), token)) {
        return sendJson(res, 403, {
          ok: false,
          error: { code: 'untrusted_sender', messageKey: 'errors.untrustedSender' },
        });
      }
      // Each tab names its own desk session (a random key it keeps in sessionStorage): one clerk per tab.
      const sessionKey = String(req.headers['x-front-desk-session'] ?? '');
      if (url.pathname.startsWith('/api/') && !SESSION_KEY.test(sessionKey))
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalid' } });
      const body = await readBody(req);
      if (body === null)
        return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalid' } });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalid' } });
      }
      if (url.pathname === '/__test/clock' && options.advanceClock) {
        options.advanceClock(Number((input as { ms?: number }).ms ?? 0));
        return sendJson(res, 200, { ok: true, data: null });
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendJson(res, 200, await options.dispatch(channel, input, `tab:${sessionKey}`));
    }
    await serveStatic(url.pathname, req, res);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function tokenMatches(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}
