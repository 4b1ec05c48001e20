import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const COUNTER_MAIN = path.join(__dirname, 'counter.ts');

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Every counter process still running is killed (the scenario's end, whatever its outcome). */
export function killAllCounters(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/**
 * A counter PC as a separate Node process (tests/scenario/counter.ts) on its own SQLite file, driven over IPC.
 * `kill9()` ends it without warning; `start()` again opens the same file, as the PC does after a power cut.
 */
export class CounterProcess {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private log = '';

  constructor(
    readonly name: string,
    private readonly args: string[],
  ) {}

  get output(): string {
    return this.log;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', COUNTER_MAIN, ...this.args], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child = child;
    live.add(child);
    const onData = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('message', (raw) => {
      const reply = raw as Reply;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new Error(`${this.name}: ${reply.error}`));
    });
    child.once('exit', (code, signal) => {
      live.delete(child);
      if (this.child === child) this.child = null;
      for (const [, waiter] of this.waiting) waiter.reject(new Error(`${this.name} exited (${code ?? signal})`));
      this.waiting.clear();
    });
    await this.await(0, timeoutMs, 'start');
  }

  call<T>(cmd: string, args?: unknown, timeoutMs = 60_000): Promise<T> {
    if (!this.child) return Promise.reject(new Error(`${this.name} is not running`));
    const id = this.nextId++;
    const reply = this.await(id, timeoutMs, cmd);
    this.child.send({ id, cmd, args });
    return reply as Promise<T>;
  }

  /** kill -9: the counter's process ends mid-work; its SQLite file is whatever the last commit left. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  private await(id: number, timeoutMs: number, what: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${this.name}: no answer to ${what} in ${timeoutMs} ms; log: ${this.log.slice(-1500)}`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }
}
