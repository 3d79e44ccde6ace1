import { describe, expect, it } from 'vitest';
import {
  OVERFLOW_MINUTE,
  addDuration,
  bucketOf,
  durationFigures,
  mergeInto,
  quantileMinutes,
  trimmed,
} from './stats-histogram.ts';

const MIN = 60_000;
const histogramOf = (...minutes: number[]): number[] => {
  const h: number[] = [];
  for (const m of minutes) addDuration(h, m * MIN);
  return h;
};

describe('minute histograms', () => {
  it('count a duration in its whole minute, clamp negatives to 0 and long ones to the overflow bucket', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(59_999)).toBe(0);
    expect(bucketOf(60_000)).toBe(1);
    expect(bucketOf(-5_000)).toBe(0);
    expect(bucketOf(239 * MIN + 59_999)).toBe(239);
    expect(bucketOf(9 * 60 * MIN)).toBe(OVERFLOW_MINUTE);
    expect(histogramOf(2.5, 0.2, 2.9)).toEqual([1, 0, 2]);
  });

  it('merge by adding counts, whatever their lengths', () => {
    const target = [1, 2];
    mergeInto(target, [0, 1, 0, 4]);
    expect(target).toEqual([1, 3, 0, 4]);
    expect(trimmed([0, 3, 0, 0])).toEqual([0, 3]);
    expect(trimmed([0, 0])).toEqual([]);
  });

  it('give nothing for nothing measured', () => {
    expect(durationFigures([])).toEqual({ medianMinutes: null, p90Minutes: null, maxMinutes: null });
    expect(durationFigures([0, 0])).toEqual({ medianMinutes: null, p90Minutes: null, maxMinutes: null });
  });

  it('interpolate median and p90 within their minute; the maximum is the upper edge of the last minute', () => {
    // Ten waits, one in each minute 0..9.
    const h = histogramOf(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    expect(durationFigures(h)).toEqual({ medianMinutes: 5, p90Minutes: 9, maxMinutes: 10 });
    // All in minute 12 (12:00–12:59): spread evenly across it.
    expect(durationFigures(histogramOf(12, 12.5, 12.9, 12.1))).toEqual({
      medianMinutes: 12.5,
      p90Minutes: 12.9,
      maxMinutes: 13,
    });
    expect(quantileMinutes([0, 0, 3], 1 / 3)).toBe(2.3);
  });

  it('report the overflow bucket as 240 minutes', () => {
    const h = histogramOf(5, 300, 400);
    expect(durationFigures(h)).toEqual({ medianMinutes: 240, p90Minutes: 240, maxMinutes: 240 });
  });

  it('give the same figures for merged days as for one histogram of all durations', () => {
    const monday = histogramOf(1, 4, 4, 17, 30);
    const tuesday = histogramOf(0, 2, 9, 9, 61);
    const merged: number[] = [];
    mergeInto(merged, monday);
    mergeInto(merged, tuesday);
    expect(durationFigures(merged)).toEqual(durationFigures(histogramOf(1, 4, 4, 17, 30, 0, 2, 9, 9, 61)));
    expect(durationFigures(merged).medianMinutes).toBe(5);
  });
});
