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
