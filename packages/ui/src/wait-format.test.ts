import { describe, expect, it } from 'vitest';
import { formatWait } from './wait-format.ts';

describe('formatWait', () => {
  it('reads as a range in German and English, short and long', () => {
    const estimate = { minMinutes: 20, maxMinutes: 30, expectedMinutes: 24 };
    expect(formatWait(estimate, 'de')).toBe('ca. 20–30 Min.');
    expect(formatWait(estimate, 'de', 'long')).toBe('ca. 20–30 Minuten');
    expect(formatWait(estimate, 'en', 'long')).toBe('about 20–30 minutes');
  });

  it('never promises "0 minutes"', () => {
    expect(formatWait({ minMinutes: 0, maxMinutes: 5, expectedMinutes: 1 }, 'de')).toBe('unter 5 Min.');
  });
});
