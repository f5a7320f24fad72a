/** Summary figures of a set of latency samples (milliseconds). */
export interface LatencySummary {
  count: number;
  median: number;
  p95: number;
  p99: number;
}

/** The q-quantile (0..1) of sorted samples, nearest-rank. */
function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}

/**
 * Runs `fn` `total` times with `concurrency` callers in flight, returning the
 * latency of each call in milliseconds.
 */
export async function measureLatencies(
  fn: () => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<number[]> {
  const samples: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      const t0 = performance.now();
      await fn();
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return samples;
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
