import { describe, expect, it } from 'vitest';
import { addDays, dayCount, daysOf, quickRanges, todayIn } from './day-range.ts';

describe('day ranges of the statistics', () => {
  it('finds the Thursday before today, a week back when today is a Thursday', () => {
    expect(quickRanges('2025-06-16').quickLastThursday).toEqual({ from: '2025-06-12', to: '2025-06-12' });
    expect(quickRanges('2025-06-13').quickLastThursday).toEqual({ from: '2025-06-12', to: '2025-06-12' });
    expect(quickRanges('2025-06-12').quickLastThursday).toEqual({ from: '2025-06-05', to: '2025-06-05' });
  });

  it('counts the last 7 and 30 days including today, across month ends and daylight saving', () => {
    expect(quickRanges('2025-03-31').quickLast7).toEqual({ from: '2025-03-25', to: '2025-03-31' });
    expect(quickRanges('2025-03-01').quickLast30).toEqual({ from: '2025-01-31', to: '2025-03-01' });
    expect(dayCount({ from: '2025-03-25', to: '2025-03-31' })).toBe(7);
    expect(daysOf({ from: '2024-02-28', to: '2024-03-01' })).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27');
  });

  it("takes today from the office's time zone, not the browser's", () => {
    const lateEvening = Date.parse('2025-06-12T22:30:00Z');
    expect(todayIn(lateEvening, 'Europe/Berlin')).toBe('2025-06-13');
    expect(todayIn(lateEvening, 'America/New_York')).toBe('2025-06-12');
  });
});
