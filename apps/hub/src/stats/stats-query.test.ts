import { isCalendarDay, statsCsvQuerySchema, statsQuerySchema } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { addDays, daysCovered } from './calendar-day.ts';
import { resolveRange } from './stats-query.ts';

const TODAY = '2025-03-10';
const params = (query: string) => Object.fromEntries(new URLSearchParams(query));
const range = (query: string) => {
  const parsed = statsQuerySchema.safeParse(params(query));
  return parsed.success
    ? resolveRange(parsed.data, TODAY)
    : { ok: false as const, error: parsed.error.issues[0]?.message ?? '' };
};
const csv = (query: string) => statsCsvQuerySchema.safeParse(params(query));
const errorOf = (result: { ok: true } | { ok: false; error: string }): string =>
  result.ok ? '' : result.error;

describe('statistics query', () => {
  it('knows real calendar days and counts across month ends and leap days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-3-1')).toBe(false);
    expect(addDays('2025-03-30', 2)).toBe('2025-04-01'); // across the switch to summer time
    expect(addDays('2025-03-10', -90)).toBe('2024-12-10');
    expect(daysCovered('2024-01-01', '2024-12-31')).toBe(366);
  });

  it('defaults to today, and a missing end to the other one', () => {
    expect(range('')).toEqual({ ok: true, value: { from: TODAY, to: TODAY } });
    expect(range('to=2025-02-01')).toEqual({ ok: true, value: { from: '2025-02-01', to: '2025-02-01' } });
    expect(range('from=2025-01-01')).toEqual({ ok: true, value: { from: '2025-01-01', to: TODAY } });
  });

  it('refuses bad days, a reversed range and more than 366 days with a clear message', () => {
    expect(range('from=10.03.2025')).toEqual({
      ok: false,
      error: 'from must be a calendar day as YYYY-MM-DD, got "10.03.2025".',
    });
    expect(errorOf(range('from=2025-01-01&to=2025-02-30'))).toMatch(/^to must be a calendar day/);
    expect(range('from=2025-03-02&to=2025-03-01')).toEqual({
      ok: false,
      error: 'from (2025-03-02) is after to (2025-03-01).',
    });
    expect(range('from=2024-01-01&to=2024-12-31').ok).toBe(true);
    expect(range('from=2024-01-01&to=2025-01-01')).toEqual({
      ok: false,
      error: 'The range covers 367 days; at most 366 are allowed.',
    });
  });

  it('takes a table and a format for CSV, days and excel by default', () => {
    expect(csv('').data).toEqual({ table: 'days', format: 'excel' });
    expect(csv('table=errands&format=standard').data).toMatchObject({ table: 'errands', format: 'standard' });
    expect(csv('table=tickets').error?.issues[0]?.message).toBe(
      'table must be one of days, errands, places, hours, got "tickets".',
    );
    expect(csv('format=xlsx').error?.issues[0]?.message).toBe(
      'format must be excel or standard, got "xlsx".',
    );
    expect(csv('from=x').error?.issues[0]?.message).toMatch(/^from must be/);
  });
});
