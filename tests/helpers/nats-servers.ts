import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Real nats-server processes for the sync tests (issue 15): a hub and site servers on loopback ports, their
 * JetStream data in a temp dir. Every server started here is killed when the test process ends, whatever the
 * outcome; `stopAllNatsServers()` in an `afterAll` stops them earlier.
 */
export const NATS_SERVER_BIN = process.env.NATS_SERVER ?? '/usr/sbin/nats-server';

export interface NatsUser {
  user: string;
  password: string;
  /** Subjects this user may publish on; omitted means any. */
  publish?: string[];
}

/** A counter's login at its site server: publishes only on its own subject, plus the JetStream/KV API it needs. */
export function counterUser(site: string, counter: number, password = `pw-${site}-${counter}`): NatsUser {
  return {
    user: `${site}-${counter}`,
    password,
    publish: [`evt.${site}.${counter}`, '$JS.API.>', '$JS.ACK.>', '$JS.FC.>', '$KV.>', '_INBOX.>', `$JS.${site}.API.>`],
  };
}

export interface NatsServerOptions {
  name: string;
  /** The JetStream domain: the site code for a site server, `HUB` for the head office hub. */
  domain: string;
  /** A hub listens for leaf nodes; a site connects to it. */
  hub?: NatsServer;
  users?: NatsUser[];
}

export class NatsServer {
  readonly port: number;
  readonly leafPort: number;
  readonly storeDir: string;
  private child: ChildProcess | null = null;
  private log = '';

  constructor(
    readonly options: NatsServerOptions,
    ports: { port: number; leafPort: number },
    readonly dir: string,
  ) {
    this.port = ports.port;
    this.leafPort = ports.leafPort;
    this.storeDir = path.join(dir, 'store');
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }
  get running(): boolean {
    return this.child !== null;
  }
  get output(): string {
    return this.log;
  }

  /** Starts the process (again, after a kill: same ports, same store) and waits until it accepts clients. */
  async start(): Promise<void> {
    if (this.child) return;
    const file = path.join(this.dir, 'server.conf');
    fs.writeFileSync(file, serverConfig(this));
    const child = spawn(NATS_SERVER_BIN, ['-c', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    live.add(this);
    const ready = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.log += chunk.toString();
        if (this.log.length > 200_000) this.log = this.log.slice(-100_000);
        if (this.log.includes('Server is ready')) resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        if (this.child === child) this.child = null;
        reject(new Error(`nats-server ${this.options.name} exited (${code}): ${this.log.slice(-2000)}`));
      });
    });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`nats-server ${this.options.name} not ready in 10 s`)), 10_000).unref(),
    );
    this.log = '';
    await Promise.race([ready, timeout]);
  }

  /** kill -9: no chance to flush or say goodbye, as when the site server's PC loses power. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    live.delete(this);
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    child.kill(signal);
    await exited;
  }
}

function serverConfig(server: NatsServer): string {
  const { name, domain, hub, users } = server.options;
  const lines = [
    `server_name: ${name}`,
    `listen: 127.0.0.1:${server.port}`,
    `jetstream { store_dir: ${JSON.stringify(server.storeDir)}, domain: ${domain} }`,
  ];
  if (hub) lines.push(`leafnodes { remotes: [ { url: "nats-leaf://127.0.0.1:${hub.leafPort}" } ], reconnect: 1 }`);
  else lines.push(`leafnodes { listen: 127.0.0.1:${server.leafPort} }`);
  if (users?.length) {
    const entries = users.map((u) => {
      const perms = u.publish
        ? `, permissions: { publish: { allow: ${JSON.stringify(u.publish)} }, subscribe: { allow: [">"] } }`
        : '';
      return `  { user: ${JSON.stringify(u.user)}, password: ${JSON.stringify(u.password)}${perms} }`;
    });
    lines.push(`authorization { users: [\n${entries.join(',\n')}\n] }`);
  }
  return `${lines.join('\n')}\n`;
}

const live = new Set<NatsServer>();
const created: NatsServer[] = [];
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous kill on the way out: an aborted test run must not leave servers holding ports.
  process.once('exit', () => {
    for (const server of live) Reflect.get(server, 'child')?.kill('SIGKILL');
  });
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function newServer(options: NatsServerOptions): Promise<NatsServer> {
  installExitHook();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `frontdesk-nats-${options.name}-`));
  const server = new NatsServer(options, { port: await freePort(), leafPort: await freePort() }, dir);
  created.push(server);
  await server.start();
  return server;
}

/** The head office hub: JetStream domain HUB, listening for site servers as leaf nodes. */
export function startHub(): Promise<NatsServer> {
  return newServer({ name: 'hub', domain: 'HUB' });
}

/** A site's server: JetStream domain = site code, a leaf node of the hub when one is given. */
export function startSiteServer(
  site: string,
  options: { hub?: NatsServer; users?: NatsUser[] } = {},
): Promise<NatsServer> {
  return newServer({ name: `site_${site}`, domain: site, ...options });
}

/** Kills every server this process started (use in `afterAll`). */
export async function stopAllNatsServers(): Promise<void> {
  await Promise.all([...live].map((server) => server.kill9()));
  for (const server of created.splice(0)) fs.rmSync(server.dir, { recursive: true, force: true });
}
