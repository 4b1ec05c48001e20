import { performance } from 'node:perf_hooks';

export interface Timing {
  samples: number[];
  median: number;
  p95: number;
  /** Longest stretch the event loop could not run a 1 ms timer while the operation ran. */
  longestBlock: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function summarise(samples: number[], longestBlock: number): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples, median: percentile(sorted, 50), p95: percentile(sorted, 95), longestBlock };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

let peakRss = 0;
export function samplePeakRss(): number {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return peakRss;
}

/**
 * Runs `work` `count` times (after `warmup` untimed runs). A sync operation blocks the loop for its whole duration,
 * an async one (a backup) only between its awaits: a 1 ms interval timer measures the longest gap either way.
 */
export async function measure(
  count: number,
  work: (i: number) => unknown,
  warmup = Math.min(3, count),
  /** A slow operation (a scan at ten years) stops after this long, with at least five samples. */
  budgetMs = 20_000,
  /** Untimed wait before each sample (see SaveCase.pauseMs). */
  pauseMs = 0,
): Promise<Timing> {
  const started = performance.now();
  for (let i = 0; i < warmup; i++) await work(-1 - i);
  const samples: number[] = [];
  let longestBlock = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last - 1);
    last = now;
  }, 1);
  try {
    for (let i = 0; i < count; i++) {
      if (i >= 5 && performance.now() - started > budgetMs + pauseMs * count) break;
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      await yieldToLoop();
      last = performance.now();
      const began = performance.now();
      await work(i);
      const took = performance.now() - began;
      samples.push(took);
      // A sync operation never lets the timer fire while it runs, so its own duration is the block.
      longestBlock = Math.max(longestBlock, Math.min(took, performance.now() - last));
      samplePeakRss();
    }
  } finally {
    clearInterval(timer);
  }
  return summarise(samples, Math.max(0, longestBlock));
}

/** Watches the event loop with a 1 ms timer: the longest stretch it could not run, while `watching` runs. */
export async function longestBlockDuring<T>(watching: () => Promise<T>): Promise<{ result: T; longestBlock: number }> {
  let longestBlock = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last - 1);
    last = now;
  }, 1);
  try {
    const result = await watching();
    longestBlock = Math.max(longestBlock, performance.now() - last - 1);
    return { result, longestBlock: Math.max(0, longestBlock) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Two ways of doing the same work (the app's and the raw side's), sample by sample in turn, so that both meet the
 * same disk, cache and load: measured side by side in one run rather than one after the other.
 */
export async function measurePair(
  count: number,
  app: (i: number) => unknown,
  raw: (i: number) => unknown,
  warmup = 3,
  budgetMs = 20_000,
): Promise<{ app: Timing; raw: Timing }> {
  const started = performance.now();
  for (let i = 0; i < warmup; i++) {
    await app(-1 - i);
    await raw(-1 - i);
  }
  const samples = { app: [] as number[], raw: [] as number[] };
  const blocks = { app: 0, raw: 0 };
  for (let i = 0; i < count; i++) {
    if (i >= 5 && performance.now() - started > budgetMs) break;
    for (const side of i % 2 === 0 ? (['app', 'raw'] as const) : (['raw', 'app'] as const)) {
      await yieldToLoop();
      const work = side === 'app' ? app : raw;
      const { longestBlock } = await longestBlockDuring(async () => {
        const began = performance.now();
        await work(i);
        samples[side].push(performance.now() - began);
      });
      const took = samples[side][samples[side].length - 1] ?? 0;
      blocks[side] = Math.max(blocks[side], Math.min(took, longestBlock + 1));
    }
    samplePeakRss();
  }
  return { app: summarise(samples.app, blocks.app), raw: summarise(samples.raw, blocks.raw) };
}
