// Small statistics shared by the benchmarks.

/** The q-quantile (0..1) of some numbers, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** The median wall-clock milliseconds of `runs` calls of `fn`. */
export function medianMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return quantile(times, 0.5);
}

/** The median, p95 and maximum of some timings in milliseconds. */
export function timingSummary(ms: readonly number[]): {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
} {
  return { medianMs: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95), maxMs: Math.max(...ms) };
}
