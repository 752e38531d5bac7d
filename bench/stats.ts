/** Small statistics helpers for timing samples (milliseconds). */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Rounds to a fixed number of decimals, keeping JSON output short and stable. */
export const round = (value: number, decimals = 2): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Runs `fn` and returns its result with how long it took, in milliseconds. */
export function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}
