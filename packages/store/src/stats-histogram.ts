// Durations kept as counts per whole minute: merging days is adding arrays, so a year's median is
// exact to the minute without keeping a single visit's times.

/** The last bucket: it counts every duration of four hours or more. */
export const OVERFLOW_MINUTE = 240;

/** Counts per minute: index m holds durations from m to m+1 minutes; trailing zeros may be missing. */
export type Histogram = readonly number[];

/** Median, 90th percentile and maximum in minutes; null when nothing was measured. */
export interface DurationFigures {
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
  readonly maxMinutes: number | null;
}

/** The bucket of a duration in ms (negative ones, from a clock set back, count as 0). */
export function bucketOf(durationMs: number): number {
  return Math.min(OVERFLOW_MINUTE, Math.max(0, Math.floor(durationMs / 60_000)));
}

/** Counts one duration (ms) into a histogram that is being built. */
export function addDuration(histogram: number[], durationMs: number): void {
  const bucket = bucketOf(durationMs);
  while (histogram.length <= bucket) histogram.push(0);
  histogram[bucket] = (histogram[bucket] ?? 0) + 1;
}

/** Adds the counts of `source` into `target`. */
export function mergeInto(target: number[], source: Histogram): void {
  source.forEach((count, minute) => {
    while (target.length <= minute) target.push(0);
    target[minute] = (target[minute] ?? 0) + count;
  });
}

/** The histogram without trailing zeros, as it is stored. */
export function trimmed(histogram: Histogram): number[] {
  let end = histogram.length;
  while (end > 0 && (histogram[end - 1] ?? 0) === 0) end--;
  return histogram.slice(0, end);
}

/**
 * The q-quantile (0 < q ≤ 1) in minutes, interpolated linearly inside its minute as Prometheus'
 * histogram_quantile does, rounded to 0.1; null for an empty histogram. So q = 1 (the maximum) is
 * the upper edge of the highest non-empty minute, and anything in the overflow bucket reads 240.
 */
export function quantileMinutes(histogram: Histogram, q: number): number | null {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = q * total;
  let below = 0;
  let last = 0;
  for (let minute = 0; minute < histogram.length; minute++) {
    const count = histogram[minute] ?? 0;
    if (count === 0) continue;
    last = minute;
    if (below + count >= rank) return valueIn(minute, (rank - below) / count);
    below += count;
  }
  // Only reached when rounding put the rank a hair above the total: that is the maximum.
  return valueIn(last, 1);
}

function valueIn(minute: number, fraction: number): number {
  if (minute >= OVERFLOW_MINUTE) return OVERFLOW_MINUTE;
  return Math.round((minute + fraction) * 10) / 10;
}

/** Median, 90th percentile and maximum of a histogram. */
export function durationFigures(histogram: Histogram): DurationFigures {
  return {
    medianMinutes: quantileMinutes(histogram, 0.5),
    p90Minutes: quantileMinutes(histogram, 0.9),
    maxMinutes: quantileMinutes(histogram, 1),
  };
}
