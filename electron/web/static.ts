import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../main/security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const brotliCompress = promisify(zlib.brotliCompress);
const gzipCompress = promisify(zlib.gzip);

/** Types worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

interface Prepared {
  mtimeMs: number;
  size: number;
  etag: string;
  plain: Buffer;
  brotli: Buffer | null;
  gzip: Buffer | null;
}

/**
 * The built renderer for browser mode, as a browser expects it from a server: compressed (brotli or gzip, as the
 * browser accepts; done once per file and kept), with an ETag so a reload revalidates with a 304 instead of
 * downloading megabytes again, and the hashed files under assets/ cached for good (their name changes with their
 * content). A file changed on disk (a rebuild) is read again.
 */
export function staticFiles(
  root: string,
): (pathname: string, req: http.IncomingMessage, res: http.ServerResponse) => void {
  const base = path.resolve(root);
  const prepared = new Map<string, Promise<Prepared>>();

  // Compressing a large bundle takes a few hundred milliseconds: done in the thread pool, once per file version,
  // never on the main thread that also answers the desk's calls.
  const prepare = async (file: string, stat: fs.Stats): Promise<Prepared> => {
    const known = prepared.get(file);
    if (known) {
      const entry = await known;
      if (entry.mtimeMs === stat.mtimeMs && entry.size === stat.size) return entry;
    }
    const made = (async (): Promise<Prepared> => {
      const plain = await fs.promises.readFile(file);
      const compress = COMPRESSIBLE.has(path.extname(file)) && plain.length > 1024;
      const [brotli, gzip] = compress
        ? await Promise.all([
            brotliCompress(plain, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
            gzipCompress(plain, { level: 9 }),
          ])
        : [null, null];
      const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
      return { mtimeMs: stat.mtimeMs, size: stat.size, etag, plain, brotli, gzip };
    })();
    prepared.set(file, made);
    made.catch(() => prepared.delete(file));
    return made;
  };

  return async (pathname, req, res) => {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(base, relative);
    const stat = file.startsWith(base + path.sep) && fs.existsSync(file) ? fs.statSync(file) : null;
    if (!stat?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const entry = await prepare(file, stat);
    const immutable = relative.startsWith('assets/');
    const headers: http.OutgoingHttpHeaders = {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: entry.etag,
      vary: 'Accept-Encoding',
    };
    const conditional = String(req.headers['if-none-match'] ?? '');
    if (conditional.split(/\s*,\s*/).includes(entry.etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const [body, encoding] =
      entry.brotli && /\bbr\b/.test(accepts)
        ? [entry.brotli, 'br']
        : entry.gzip && /\bgzip\b/.test(accepts)
          ? [entry.gzip, 'gzip']
          : [entry.plain, null];
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
