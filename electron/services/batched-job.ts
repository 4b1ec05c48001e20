import type { ServiceContext } from './context';

/** One turn of the event loop: what a batched job waits for between batches, so clerks' calls run in between. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Asked before each batch: whether to go on. A job's run takes one, so the running desk (which yields a turn and
 * checks it is still on the same open database) and a test (which stops when it likes) drive the same loop.
 */
export type NextBatch = () => Promise<boolean>;

/** A background job in batches: its run on one database, batch after batch while `nextBatch` says so. */
export type BatchedJob = (ctx: ServiceContext, nextBatch: NextBatch) => Promise<unknown>;

export interface BatchedSchedule {
  stop(): void;
  /** Settles when the run under way (if any) has finished; for tests and the bench. */
  idle(): Promise<void>;
}

/**
 * Runs `job` just after start (never before the desk is ready), one batch per turn of the event loop, and again
 * every `repeatEveryMs` when given. Each run asks for the database when it starts and stops between batches when
 * asked to or when the database is no longer the one it started on (closed, restored, recovery): the next run picks
 * the new one up. A run never starts while one is under way; errors are logged.
 */
export function scheduleBatchedJob(
  context: () => ServiceContext | null,
  job: BatchedJob,
  log: (error: unknown) => void = console.error,
  repeatEveryMs: number | null = null,
): BatchedSchedule {
  let stopped = false;
  let running: Promise<void> | null = null;
  const run = () => {
    const ctx = context();
    if (running || stopped || !ctx) return;
    const nextBatch: NextBatch = async () => {
      await nextTurn();
      return !stopped && context() === ctx && ctx.sqlite.open;
    };
    running = job(ctx, nextBatch)
      .then(
        () => undefined,
        (error: unknown) => log(error),
      )
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, 0);
  const timer = repeatEveryMs === null ? null : setInterval(run, repeatEveryMs);
  timer?.unref?.();
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      if (timer) clearInterval(timer);
    },
    async idle() {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      await running;
    },
  };
}
