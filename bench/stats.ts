/** The value below which `p` percent of the samples lie (nearest-rank; samples need not be sorted). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export interface Summary {
  readonly n: number;
  readonly min: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** The usual figures of a latency or duration sample, in the samples' unit. */
export function summarize(samples: readonly number[]): Summary {
  const n = samples.length;
  return {
    n,
    min: n === 0 ? Number.NaN : samples.reduce((a, b) => Math.min(a, b)),
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    max: n === 0 ? Number.NaN : samples.reduce((a, b) => Math.max(a, b)),
    mean: n === 0 ? Number.NaN : samples.reduce((sum, x) => sum + x, 0) / n,
  };
}

/** Rounds for printing and JSON: three significant digits are all a noisy machine can vouch for. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const scale = 10 ** Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * scale) / scale;
}
