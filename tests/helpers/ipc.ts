import { afterEach } from 'vitest';
import type { Sqlite } from '../../db/open';
import { createDispatcher, type Dispatch } from '../../electron/app/dispatch';
import { type AppRuntime, closeRuntime, type RuntimeOptions, startRuntime } from '../../electron/app/runtime';
import type { Role } from '../../shared/contract/roles';
import type { LoginClerk, SessionView } from '../../shared/contract/session';
import type { AppErrorData, Result } from '../../shared/errors';
import { demoPin, migrationsFolder, TestClock, tempDir } from './db';

/**
 * A desk as the renderer sees it: a runtime on a fresh data folder (demo data, a test clock) and the dispatcher every
 * call goes through, for tests of channels (input refused before the service, access, the whole path). Each is
 * closed after its test. The background jobs (daily backup, retention) are stopped unless a test asks for them: a
 * backup written at an arbitrary moment of a test would make what it counts depend on the machine's speed.
 */
export interface IpcDesk {
  runtime: AppRuntime;
  dispatch: Dispatch;
  clock: TestClock;
  dataDir: string;
  /** What the dispatcher logged as internal errors. */
  logged: unknown[];
  sqlite(): Sqlite;
  /** A number from SQL (`select count(*) …`). */
  count(sql: string, ...params: (string | number)[]): number;
  /** A demo clerk's id by employee number. */
  idOf(employeeNo: string): Promise<string>;
  /** Logs a demo clerk in with their PIN (the role says which demo PIN). */
  loginAs(employeeNo: string, role: Role): Promise<SessionView>;
}

const runtimes: AppRuntime[] = [];
afterEach(() => {
  for (const runtime of runtimes.splice(0)) closeRuntime(runtime);
});

export async function startIpcDesk(
  options: { clock?: TestClock; dataDir?: string; schedulers?: boolean } & Partial<RuntimeOptions> = {},
): Promise<IpcDesk> {
  const { clock = new TestClock(), dataDir = tempDir(), schedulers = false, ...rest } = options;
  const runtime = await startRuntime({ mode: 'browser', dataDir, migrationsFolder, demoData: true, ...rest, clock });
  if (!schedulers) runtime.stopSchedulers();
  runtimes.push(runtime);
  const logged: unknown[] = [];
  const dispatch = createDispatcher(runtime, (error) => logged.push(error));
  const sqlite = (): Sqlite => {
    if (runtime.state.kind !== 'ready') throw new Error('the desk has no database');
    return runtime.state.ctx.sqlite;
  };
  const idOf = async (employeeNo: string) => {
    const clerk = data<LoginClerk[]>(await dispatch('session:loginClerks', {})).find(
      (c) => c.employeeNo === employeeNo,
    );
    if (!clerk) throw new Error(`no clerk ${employeeNo}`);
    return clerk.id;
  };
  return {
    runtime,
    dispatch,
    clock,
    dataDir,
    logged,
    sqlite,
    count: (sql, ...params) => {
      const value: unknown = sqlite()
        .prepare(sql)
        .pluck()
        .get(...params);
      if (typeof value !== 'number') throw new Error(`not a number: ${sql}`);
      return value;
    },
    idOf,
    loginAs: async (employeeNo, role) =>
      data<SessionView>(await dispatch('session:login', { clerkId: await idOf(employeeNo), pin: demoPin(role) })),
  };
}

/** The data of a call that must succeed. */
export function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  // The channel's output type, as the contract states it; the test names the channel it called.
  return result.data as T;
}

/** The refusal of a call that must fail. */
export function failure(result: Result<unknown>): AppErrorData {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}
