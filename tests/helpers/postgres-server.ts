import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL 15 for tests and the bench (issue 15): `initdb -A trust` into a temp dir, listening on
 * 127.0.0.1 only, on a free port, its socket in its own dir. Debian's binaries live under
 * /usr/lib/postgresql/15/bin (set FRONT_DESK_PG_BIN elsewhere). initdb refuses to run as root, so as root the
 * server runs as user postgres (spawned with its uid) in a dir that user owns. `stop()` always ends it, and a process exit ends it
 * too (SIGKILL to the postmaster), so a failed or killed test run leaves no server behind.
 */
export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  url: string;
  port: number;
  dir: string;
  /** A new database on this server; returns its connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** Off by default in tests (speed on a loaded machine); the bench turns it on to measure real commits. */
  fsync?: boolean;
  startTimeoutMs?: number;
}

const PG_BIN = process.env.FRONT_DESK_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function postgresAvailable(): boolean {
  return fs.existsSync(path.join(PG_BIN, 'initdb')) && fs.existsSync(path.join(PG_BIN, 'postgres'));
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** As root, the uid and gid of user postgres: the child runs as that user itself (no runuser in between to outlive). */
function runAs(): { uid?: number; gid?: number } {
  if (!asRoot) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  if (!postgresAvailable()) throw new Error(`PostgreSQL binaries not found in ${PG_BIN} (apt-get install postgresql)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-pg-'));
  const data = path.join(dir, 'data');
  fs.chmodSync(dir, 0o700);
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const user = runAs();
  execFileSync(
    path.join(PG_BIN, 'initdb'),
    ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'],
    { stdio: 'pipe', timeout: 60_000, cwd: dir, ...user },
  );
  const timeout = options.startTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  // A port picked free can be taken before the server binds it (other helpers run servers too): try a few.
  for (let attempt = 0; attempt < 5 && Date.now() < deadline; attempt += 1) {
    const port = await freePort();
    const child = spawnServer(data, dir, port, options.fsync ?? false, user);
    try {
      await waitReady(child, port, deadline);
      return handle(child, port, dir);
    } catch (error) {
      lastError = error;
      await stopChild(child);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw new Error(`PostgreSQL did not start: ${String(lastError)}`);
}

function spawnServer(
  data: string,
  dir: string,
  port: number,
  fsync: boolean,
  user: { uid?: number; gid?: number },
): ChildProcess {
  const settings = [
    `listen_addresses=127.0.0.1`,
    `port=${port}`,
    `unix_socket_directories=${dir}`,
    `fsync=${fsync ? 'on' : 'off'}`,
    `synchronous_commit=${fsync ? 'on' : 'off'}`,
    `full_page_writes=${fsync ? 'on' : 'off'}`,
    'max_connections=40',
    'shared_buffers=32MB',
    'log_min_messages=warning',
  ];
  const args = ['-D', data, ...settings.flatMap((s) => ['-c', s])];
  const child = spawn(path.join(PG_BIN, 'postgres'), args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir, ...user });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  (child as ChildProcess & { logTail?: () => string }).logTail = () => log;
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

async function waitReady(child: ChildProcess, port: number, deadline: number): Promise<void> {
  const logTail = (child as ChildProcess & { logTail?: () => string }).logTail ?? (() => '');
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited: ${logTail()}`);
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`not ready in time: ${logTail()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // SIGINT is PostgreSQL's "fast" shutdown: rolls back open work, does not wait for clients to leave.
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function handle(child: ChildProcess, port: number, dir: string): PostgresServer {
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped: Promise<void> | null = null;
  return {
    url,
    port,
    dir,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      stopped ??= (async () => {
        await stopChild(child);
        fs.rmSync(dir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
